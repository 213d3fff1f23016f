package vn.parindex.security;

import java.util.Arrays;
import java.util.List;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Ten single-use recovery codes (16 random letters and digits each, shown once, kept as BCrypt hashes). */
@Component
@RequiredArgsConstructor
class RecoveryCodes {

    static final int COUNT = 10;
    /** Letters and digits of a code, without its dashes. */
    static final int LENGTH = 16;

    private final RecoveryCodeRepository codes;
    private final PasswordEncoder encoder;
    private final RecoveryCodeGenerator generator = new RecoveryCodeGenerator();

    /** Replaces the user's codes with ten new ones and returns them, to be shown once. */
    List<String> renew(Long userId) {
        codes.deleteByUser(userId);
        List<String> fresh = Arrays.asList(generator.generateCodes(COUNT));
        for (String code : fresh) {
            codes.save(new RecoveryCode(userId, encoder.encode(SecondFactorCheck.normaliseRecoveryCode(code))));
        }
        return fresh;
    }

    long left(Long userId) {
        return codes.countByUserIdAndUsedAtIsNull(userId);
    }

    void removeAll(Long userId) {
        codes.deleteByUser(userId);
    }
}
