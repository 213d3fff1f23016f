package vn.parindex.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.parindex.common.VietnamTime;

/**
 * A user's own second factor: enrol an authenticator app (QR code and the secret as text, confirmed with a code),
 * new recovery codes, turning it off where it is not required.
 */
@Controller
@RequestMapping(AccountStateFilter.TWO_FACTOR_PATH)
@RequiredArgsConstructor
class TwoFactorController {

    private static final String ISSUER = "PAR Index";

    private final SecondFactors secondFactors;

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser current, HttpSession session, Model model) {
        SecondFactors.Status status = secondFactors.status(current.id());
        String secret = SecondFactors.pendingEnrolment(session);
        model.addAttribute("enrolled", status.enrolled());
        model.addAttribute("enrolledAt", status.enrolledAt() == null ? null
                : VietnamTime.DATE_TIME.format(status.enrolledAt().atZone(VietnamTime.ZONE)));
        model.addAttribute("required", status.required());
        model.addAttribute("codesLeft", status.recoveryCodesLeft());
        model.addAttribute("secret", secret == null ? null : grouped(secret));
        return "account/two-factor";
    }

    @PostMapping("/start")
    String start(HttpSession session) {
        secondFactors.startEnrolment(session);
        return "redirect:" + AccountStateFilter.TWO_FACTOR_PATH;
    }

    @PostMapping("/cancel")
    String cancel(HttpSession session) {
        SecondFactors.abandonEnrolment(session);
        return "redirect:" + AccountStateFilter.TWO_FACTOR_PATH;
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser current, @RequestParam(required = false) String code,
                   HttpSession session, Model model) {
        if (SecondFactors.pendingEnrolment(session) == null) {
            return "redirect:" + AccountStateFilter.TWO_FACTOR_PATH;
        }
        Optional<List<String>> codes = secondFactors.confirm(current, session, code);
        if (codes.isEmpty()) {
            model.addAttribute("errorKey", "twofactor.enrol.wrongCode");
            return page(current, session, model);
        }
        return codes(model, codes.get(), "twofactor.enrolled");
    }

    @PostMapping("/recovery-codes")
    String renewCodes(@AuthenticationPrincipal CurrentUser current, @RequestParam(required = false) String code,
                      HttpSession session, Model model) {
        Optional<List<String>> codes = secondFactors.renewRecoveryCodes(current, code);
        if (codes.isEmpty()) {
            model.addAttribute("errorKey", "twofactor.change.wrongCode");
            return page(current, session, model);
        }
        return codes(model, codes.get(), "twofactor.codesRenewed");
    }

    @PostMapping("/disable")
    String turnOff(@AuthenticationPrincipal CurrentUser current, @RequestParam(required = false) String code,
                   HttpSession session, Model model, RedirectAttributes redirect) {
        if (!secondFactors.turnOff(current, code)) {
            model.addAttribute("errorKey", "twofactor.change.wrongCode");
            return page(current, session, model);
        }
        redirect.addFlashAttribute("savedKey", "twofactor.turnedOff");
        return "redirect:" + AccountStateFilter.TWO_FACTOR_PATH;
    }

    /** The enrolment's otpauth:// address as a QR code; the secret stays on this page and this response only. */
    @GetMapping(value = "/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Export("the secret of a second-factor enrolment, as a QR code")
    ResponseEntity<byte[]> qrCode(@AuthenticationPrincipal CurrentUser current, HttpSession session) {
        String secret = SecondFactors.pendingEnrolment(session);
        if (secret == null) {
            return ResponseEntity.notFound().build();
        }
        String issuer = ISSUER + " " + current.organiserCode();
        String uri = Totp.uri(issuer, issuer + ":" + current.username(), secret);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(png(uri));
    }

    private static String codes(Model model, List<String> codes, String titleKey) {
        model.addAttribute("codes", codes);
        model.addAttribute("titleKey", titleKey);
        return "account/recovery-codes";
    }

    static byte[] png(String text) {
        try {
            var matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("QR code not drawn", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Groups of four, as authenticator apps show a key typed by hand. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
