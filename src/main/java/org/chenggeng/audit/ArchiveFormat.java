package org.chenggeng.audit;

import org.chenggeng.audit.ChainReport.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An archive file (decision record 0029): JSON Lines in UTF-8. The first line describes the archive (format, first
 * and last sequence, the hash the first entry continues from, the last entry's hash, how many entries, when and by
 * whom); then one line per entry with every hashed field, its previous hash and its hash, in chain order; the last
 * line is {@code {"signature":"hmac-sha256:<hex>"}}, the HMAC-SHA256 with the audit key of every byte before it.
 */
final class ArchiveFormat {

    static final String FORMAT = "chenggeng-audit-archive/1";
    private static final String SIGNATURE = "hmac-sha256:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArchiveFormat() {
    }

    /** Writes the archive of {@code entries} to {@code out}, signing it as it goes; returns the signature. */
    static final class Writer implements AutoCloseable {

        private final BufferedWriter out;
        private final Mac mac;
        private final HexFormat hex = HexFormat.of();

        Writer(OutputStream out, byte[] key, Map<String, Object> header) throws IOException {
            this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            this.mac = mac(key);
            Map<String, Object> first = new LinkedHashMap<>();
            first.put("format", FORMAT);
            first.putAll(header);
            line(JSON.writeValueAsString(first));
        }

        void entry(StoredEntries.Stored stored) throws IOException {
            AuditHash.Fields f = stored.fields();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("seq", f.seq());
            e.put("occurredAt", AuditHash.time(f.occurredAt()));
            e.put("actor", f.actor());
            e.put("category", f.category());
            e.put("action", f.action());
            e.put("result", f.result());
            e.put("entityType", f.entityType());
            e.put("entityId", f.entityId());
            e.put("regionId", f.regionId());
            e.put("remoteAddress", f.remoteAddress());
            e.put("detail", f.detail());
            e.put("beforeState", f.beforeState());
            e.put("afterState", f.afterState());
            e.put("prevHash", f.prevHash());
            e.put("hash", stored.hash());
            line(JSON.writeValueAsString(e));
        }

        /** Ends the file with its signature, which it returns. */
        String sign() throws IOException {
            String signature = SIGNATURE + hex.formatHex(mac.doFinal());
            out.write(JSON.writeValueAsString(Map.of("signature", signature)));
            out.write('\n');
            out.flush();
            return signature;
        }

        private void line(String json) throws IOException {
            byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
            mac.update(bytes);
            out.write(json);
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Checks an archive file: its signature with the key, then the chain inside it against its header. */
    static ChainReport verify(byte[] file, byte[] key) {
        int end = file.length > 0 && file[file.length - 1] == '\n' ? file.length - 1 : file.length;
        int lastLine = end - 1;
        while (lastLine >= 0 && file[lastLine] != '\n') {
            lastLine--;
        }
        if (lastLine < 0) {
            return ChainReport.broken(0, 0, 0, 0, Problem.SIGNATURE, SIGNATURE + "…", "—");
        }
        String signed;
        try {
            signed = JSON.readTree(new String(file, lastLine + 1, end - lastLine - 1, StandardCharsets.UTF_8))
                    .path("signature").asString("");
        } catch (RuntimeException e) {
            signed = "";
        }
        Mac mac = mac(key);
        mac.update(file, 0, lastLine + 1);
        String computed = SIGNATURE + HexFormat.of().formatHex(mac.doFinal());
        if (!MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                signed.getBytes(StandardCharsets.US_ASCII))) {
            return ChainReport.broken(0, 0, 0, 0, Problem.SIGNATURE, computed, signed.isEmpty() ? "—" : signed);
        }
        String[] lines = new String(file, 0, lastLine, StandardCharsets.UTF_8).split("\n");
        JsonNode header = JSON.readTree(lines[0]);
        long firstSeq = header.path("firstSeq").asLong();
        ChainWalk walk = new ChainWalk(firstSeq - 1, header.path("prevHash").asString());
        for (int i = 1; i < lines.length; i++) {
            JsonNode e = JSON.readTree(lines[i]);
            if (!walk.accept(fields(e), e.path("hash").asString())) {
                return walk.report();
            }
        }
        return walk.end(header.path("lastSeq").asLong(), header.path("lastHash").asString());
    }

    private static AuditHash.Fields fields(JsonNode e) {
        return new AuditHash.Fields(e.path("seq").asLong(), Instant.parse(e.path("occurredAt").asString()),
                text(e, "actor"), text(e, "category"), text(e, "action"), text(e, "result"), text(e, "entityType"),
                text(e, "entityId"), e.path("regionId").isNumber() ? e.path("regionId").asLong() : null,
                text(e, "remoteAddress"), text(e, "detail"), text(e, "beforeState"), text(e, "afterState"),
                text(e, "prevHash"));
    }

    private static String text(JsonNode e, String name) {
        JsonNode v = e.get(name);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
