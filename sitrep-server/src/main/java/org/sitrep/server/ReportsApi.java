package org.sitrep.server;

import io.javalin.http.Context;
import org.sitrep.store.Analyst;
import org.sitrep.store.Intake;
import org.sitrep.util.Utf16;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/reports}: a report in the body (text, HTML, or either gzip-compressed; or JSON lines of articles as
 * news-please and trafilatura write them, one report each), its file name in the {@code name} query parameter or
 * the {@code X-Sitrep-Name} header. Answers 202 with the document id (and for articles every id, and each line
 * refused) once the reports are durably stored, and wakes the analyst; 415 for a binary body and 422 for an empty
 * or unreadable one, with the reason and nothing stored.
 */
final class ReportsApi {
    private static final int MAX_NAME = 200;

    private final Intake intake;
    private final Analyst analyst;
    private final WriteToken token;

    ReportsApi(Intake intake, Analyst analyst, WriteToken token) {
        this.intake = intake;
        this.analyst = analyst;
        this.token = token;
    }

    /** Writes need the token: 401 without one, 403 with a wrong one. Returns false when refused. */
    boolean authorised(Context ctx) {
        String offered = WriteToken.offered(ctx.header("Authorization"), ctx.header("X-Sitrep-Token"));
        if (offered == null) {
            Json.error(ctx, 401, "writing needs the token: Authorization: Bearer TOKEN");
            return false;
        }
        if (!token.matches(offered)) {
            Json.error(ctx, 403, "wrong token");
            return false;
        }
        return true;
    }

    void post(Context ctx) {
        if (!authorised(ctx)) {
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            Json.error(ctx, 422, "empty body: send the report's text or HTML");
            return;
        }
        String name = name(ctx);
        List<Intake.Receipt> receipts = intake.receiveShared(new Intake.Offer(body, name, name));
        List<Intake.Receipt> stored = receipts.stream().filter(Intake.Receipt::stored).toList();
        if (stored.isEmpty()) {
            String reason = receipts.get(0).refused();
            Json.error(ctx, reason.startsWith("binary") ? 415 : 422, reason);
            return;
        }
        analyst.wake();
        Intake.Receipt first = stored.get(0);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", first.id());
        answer.put("duplicate", first.duplicate());
        answer.put("document", "/api/documents/" + first.id());
        if (receipts.size() > 1) {
            answer.put("documents", stored.stream().map(r -> Json.object("id", r.id(), "duplicate", r.duplicate()))
                    .toList());
            answer.put("refused", receipts.stream().filter(r -> !r.stored())
                    .map(r -> Json.object("source", r.source(), "reason", r.refused())).toList());
        }
        ctx.header("Location", "/api/documents/" + first.id());
        Json.send(ctx, 202, answer);
    }

    /** The file name given, reduced to its last path segment, or "report" when none is. */
    static String name(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            name = ctx.header("X-Sitrep-Name");
        }
        if (name == null || name.isBlank()) {
            return "report";
        }
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "report";
        }
        return name.length() > MAX_NAME ? Utf16.prefix(name, MAX_NAME) : name;
    }
}
