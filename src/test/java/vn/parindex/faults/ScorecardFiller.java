package vn.parindex.faults;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An officer filling in an agency's scorecard as the page does: each leaf saved with the version the page
 * showed (htmx), "someone else saved it" answered by reloading the page and saving again, and the scorecard
 * sent to the head at the end. Every answer the server gives is kept, for the test to check.
 */
final class ScorecardFiller {

    private static final Pattern LEAF_VERSION = Pattern.compile(
            "id=\"leaf-(\\d+)\"(?:(?!id=\"leaf-).)*?name=\"version\" value=\"(-?\\d+)\"", Pattern.DOTALL);
    private static final Properties TEXTS = texts();

    /** A leaf and the answer this officer gives it. */
    record Leaf(long id, String answer) {
    }

    enum Outcome { SAVED, STALE, CLOSED, SUBMITTED, FAILED }

    /** One answer of the server: to saving a leaf (leafId), or to sending the scorecard (leafId 0). */
    record Reply(long leafId, Outcome outcome, long version, String explanation, int status, String detail) {
    }

    private final Official officer;
    private final long campaignId;
    private final long agencyId;
    private final List<Reply> replies = new ArrayList<>();
    private final Map<Long, Long> versions = new HashMap<>();

    ScorecardFiller(Official officer, long campaignId, long agencyId) {
        this.officer = officer;
        this.campaignId = campaignId;
        this.agencyId = agencyId;
    }

    /** The self-scored leaves of the agency's framework in this campaign, with an answer that fits each rule. */
    static List<Leaf> leaves(Db db, long campaignId, long agencyId) {
        return db.rows("""
                select c.id, c.rule_type, c.rule_params from criterion c
                  join campaign_framework cf on cf.framework_version_id = c.framework_version_id
                  join agency a on a.type_id = cf.agency_type_id
                 where cf.campaign_id = ? and a.id = ? and c.measured_by <> 'SURVEY'
                   and not exists (select 1 from criterion child where child.parent_id = c.id)
                 order by c.position""", campaignId, agencyId).stream()
                .map(row -> new Leaf(((Number) row.get("id")).longValue(),
                        answer((String) row.get("rule_type"), (String) row.get("rule_params")))).toList();
    }

    private static String answer(String rule, String params) {
        return switch (rule) {
            case "YES_NO" -> "có";
            case "LEVEL" -> params.substring(0, params.indexOf('='));
            case "PERCENT_TIERS", "RATIO" -> "100";
            case "COUNT", "BONUS" -> "1";
            case "PENALTY" -> "0";
            default -> throw new IllegalArgumentException(rule);
        };
    }

    String page() {
        return "/assessments/" + campaignId + "/agencies/" + agencyId;
    }

    /** Opens the scorecard and reads the version of every leaf, as the browser holds them in its forms. */
    void open() throws IOException, InterruptedException {
        Official.Page page = officer.get(page());
        if (page.status() != 200) {
            throw new IllegalStateException(officer.username + " cannot open " + page() + ": " + page.status());
        }
        Matcher matcher = LEAF_VERSION.matcher(page.body());
        while (matcher.find()) {
            versions.put(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
        }
    }

    /**
     * Saves one leaf; when a colleague saved it first, reloads the page and saves again (at most {@code tries}
     * times). A failure (no answer, or an error page) is kept and returned too.
     */
    Reply save(Leaf leaf, String explanation, int tries) throws InterruptedException {
        Reply reply = null;
        for (int attempt = 0; attempt < tries; attempt++) {
            reply = saveOnce(leaf, explanation);
            replies.add(reply);
            if (reply.outcome() != Outcome.STALE && reply.outcome() != Outcome.FAILED) {
                return reply;
            }
            if (reply.outcome() == Outcome.FAILED) {
                Thread.sleep(1000);
            }
            try {
                open();
            } catch (IOException | IllegalStateException e) {
                // the page did not load either: the next try saves with the version known so far
            }
        }
        return reply;
    }

    private Reply saveOnce(Leaf leaf, String explanation) {
        Map<String, String> form = Map.of("answer", leaf.answer(), "explanation", explanation,
                "version", String.valueOf(versions.getOrDefault(leaf.id(), -1L)));
        try {
            Official.Page reply = officer.submitHtmx(page() + "/criteria/" + leaf.id(), form);
            Matcher version = LEAF_VERSION.matcher(reply.body());
            long shown = version.find() ? Long.parseLong(version.group(2)) : -1;
            Outcome outcome = outcomeOf(reply);
            if (outcome == Outcome.SAVED) {
                versions.put(leaf.id(), shown);
            }
            return new Reply(leaf.id(), outcome, shown, explanation, reply.status(),
                    outcome == Outcome.FAILED ? snippet(reply.body()) : "");
        } catch (IOException e) {
            return new Reply(leaf.id(), Outcome.FAILED, -1, explanation, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(leaf.id(), Outcome.FAILED, -1, explanation, 0, "interrupted");
        }
    }

    /** Sends the scorecard to the head; retried after a failure, as an official would press the button again. */
    Reply submit(int tries) throws InterruptedException {
        Reply reply = null;
        for (int attempt = 0; attempt < tries; attempt++) {
            try {
                Official.Page sent = officer.submit(page() + "/submit", Map.of("comment", "Kính gửi Thủ trưởng"));
                Official.Page shown = sent.location() == null ? sent : officer.follow(sent);
                Outcome outcome = shown.body().contains(text("scorecard.submitted")) ? Outcome.SUBMITTED
                        : shown.body().contains(text("scorecard.error.closed")) ? Outcome.CLOSED : Outcome.FAILED;
                reply = new Reply(0, outcome, -1, "", shown.status(), outcome == Outcome.FAILED ? snippet(shown.body()) : "");
            } catch (IOException e) {
                reply = new Reply(0, Outcome.FAILED, -1, "", 0, e.toString());
            }
            replies.add(reply);
            if (reply.outcome() != Outcome.FAILED) {
                return reply;
            }
            Thread.sleep(1000);
        }
        return reply;
    }

    List<Reply> replies() {
        return replies;
    }

    Official officer() {
        return officer;
    }

    private static Outcome outcomeOf(Official.Page reply) {
        if (reply.status() != 200) {
            return Outcome.FAILED;
        }
        if (reply.body().contains(text("scorecard.saved"))) {
            return Outcome.SAVED;
        }
        if (reply.body().contains(firstSentence("scorecard.error.stale"))) {
            return Outcome.STALE;
        }
        return reply.body().contains(text("scorecard.error.closed")) ? Outcome.CLOSED : Outcome.FAILED;
    }

    /** The text of the page's main part, as the official reads it. */
    private static String snippet(String body) {
        int main = body.indexOf("<main");
        String part = main < 0 ? body : body.substring(main);
        String text = part.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
        return text.length() > 400 ? text.substring(0, 400) : text;
    }

    static String text(String key) {
        return TEXTS.getProperty(key);
    }

    private static String firstSentence(String key) {
        String text = text(key);
        return text.substring(0, text.indexOf(';'));
    }

    /** The Vietnamese texts of the pages, to tell what the server answered. */
    private static Properties texts() {
        Properties properties = new Properties();
        for (String bundle : new String[] {"assessment", "common"}) {
            try (var in = ScorecardFiller.class.getResourceAsStream("/messages/" + bundle + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }
}
