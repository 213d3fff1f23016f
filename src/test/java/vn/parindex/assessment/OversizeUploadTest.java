package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.parindex.IntegrationTest;
import vn.parindex.process.ProcessFixture;
import vn.parindex.security.AuditEvent;
import vn.parindex.security.AuditEventRepository;
import vn.parindex.security.AuditKind;

/**
 * A file over the upload limit, sent over real HTTP to the test server (Tomcat refuses it while reading the request,
 * before any controller): the official gets the scorecard back with a message naming the file and the limit.
 */
@IntegrationTest
class OversizeUploadTest {

    static final int LIMIT = 20 * 1024 * 1024;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired
    AssessmentWorld worlds;
    @Autowired
    AuditEventRepository events;
    @LocalServerPort
    int port;

    @Test
    void aFileJustOverTheLimitGetsTheScorecardBackWithTheFileAndTheLimitNamed() throws Exception {
        AssessmentWorld.Launched launched = worlds.launched();
        ProcessFixture.World world = launched.world();
        String scorecard = "/assessments/" + world.campaignId() + "/agencies/" + world.agencyAId();
        String upload = scorecard + "/criteria/" + launched.leaf("1.1") + "/evidence";
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        logIn(http, world.officer());
        String page = http.send(request(scorecard).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher meta = CSRF_META.matcher(page);
        assertThat(meta.find()).as("the scorecard of the logged-in officer").isTrue();
        String token = meta.group(1);

        // a plain form: the CSRF token is inside the body Tomcat refuses to read
        HttpResponse<String> plain = http.send(multipart(upload, scorecard, token, "Báo cáo năm 2026.pdf", false),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(plain.headers().firstValue("Location").orElseThrow()).endsWith(scorecard);
        String back = http.send(request(scorecard).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(back).contains("Tệp &quot;Báo cáo năm 2026.pdf&quot; quá lớn; dung lượng tối đa là 20 MB.");

        // htmx: the whole page is loaded again, where the message waits
        HttpResponse<String> htmx = http.send(multipart(upload, scorecard, token, "Ảnh chụp.png", true),
                HttpResponse.BodyHandlers.ofString());
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.headers().firstValue("HX-Redirect").orElseThrow()).isEqualTo(scorecard);
        assertThat(http.send(request(scorecard).GET().build(), HttpResponse.BodyHandlers.ofString()).body())
                .contains("Tệp &quot;Ảnh chụp.png&quot; quá lớn; dung lượng tối đa là 20 MB.");

        List<AuditEvent> trail = events.findByUsernameOrderById(world.officer());
        assertThat(trail).filteredOn(e -> e.getKind() == AuditKind.INPUT_REJECTED).hasSize(2).allSatisfy(e -> {
            assertThat(e.getPath()).isEqualTo(upload);
            assertThat(e.getDetail()).isEqualTo("upload over the limit of 20 MB: field file");
        });
    }

    private void logIn(HttpClient http, String username) throws Exception {
        String login = http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(login);
        assertThat(token.find()).isTrue();
        HttpResponse<String> answer = http.send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + ProcessFixture.PASSWORD + "&_csrf=" + token.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private HttpRequest multipart(String path, String referer, String token, String fileName, boolean htmx) {
        String boundary = "----parindex" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nSELF_ASSESSMENT\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n");
        body.writeBytes(new byte[LIMIT + 1]);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", "http://localhost:" + port + referer)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (htmx) {
            request.header("HX-Request", "true").header("X-CSRF-TOKEN", token);
        }
        return request.build();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
