package com.outsourcingledger.query.audit.chain;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tamper-evidence algorithm (docs/audit.md), with nothing but the JDK: the service
 * hashes and signs with these functions, and an auditor verifies an exported proof bundle offline with the
 * same file, without trusting our database:
 * {@code java query-side/src/main/java/com/outsourcingledger/query/audit/chain/AuditProof.java bundle.json public-key [index:hash ...]}
 */
public final class AuditProof {

    public static final String BUNDLE_FORMAT = "outsourcing-ledger/proof/v1";
    public static final String CHECKPOINT_FORMAT = "outsourcing-ledger/checkpoint/v1";
    public static final String LOG_SCOPE = "log";
    public static final String GENESIS = "0".repeat(64);

    private AuditProof() {
    }

    /** SHA-256 over each field as a 4-byte big-endian UTF-8 length followed by its UTF-8 bytes; null as "". */
    public static String eventDigest(String eventId, String aggregateType, String aggregateId, long sequence,
                                     String payloadType, String payloadRevision, String timestamp, String payload,
                                     String metadata) {
        MessageDigest sha = sha256();
        for (String field : new String[]{eventId, aggregateType, aggregateId, Long.toString(sequence), payloadType,
                payloadRevision, timestamp, payload, metadata}) {
            byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The whole log's chain: SHA-256(previous chain hash || 8-byte big-endian global position || digest). */
    public static String logLink(String previous, long position, String digest) {
        return link(previous, ByteBuffer.allocate(8).putLong(position).array(), digest);
    }

    /** One aggregate's chain in sequence order: SHA-256(previous chain hash || digest). */
    public static String aggregateLink(String previous, String digest) {
        return link(previous, new byte[0], digest);
    }

    private static String link(String previous, byte[] between, String digest) {
        MessageDigest sha = sha256();
        sha.update(HexFormat.of().parseHex(previous));
        sha.update(between);
        sha.update(HexFormat.of().parseHex(digest));
        return HexFormat.of().formatHex(sha.digest());
    }

    public static String aggregateScope(String aggregateType, String aggregateId) {
        return "aggregate/" + aggregateType + "/" + aggregateId;
    }

    /** The UTF-8 text an Ed25519 checkpoint signature covers. */
    public static String checkpointMessage(String scope, long index, long position, String chainHash, String signedAt) {
        return String.join("\n", CHECKPOINT_FORMAT, scope, Long.toString(index), Long.toString(position), chainHash,
                signedAt);
    }

    public static PublicKey publicKey(String base64X509) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64X509.strip())));
    }

    public static boolean signatureHolds(PublicKey key, String message, String signatureBase64) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Checks a parsed bundle: every digest and chain link recomputed, indexes consecutive, every checkpoint
     * signed by {@code key} and matching the chain, the last event covered by a checkpoint, and the chain
     * passing through each hash the auditor held ({@code held}: index to chain hash).
     *
     * @return null when the bundle holds, otherwise the first problem found
     */
    @SuppressWarnings("unchecked")
    public static String verify(Map<String, Object> bundle, PublicKey key, Map<Long, String> held) {
        if (!BUNDLE_FORMAT.equals(bundle.get("format"))) {
            return "not a " + BUNDLE_FORMAT + " bundle";
        }
        String scope = (String) bundle.get("scope");
        boolean log = LOG_SCOPE.equals(scope);
        Map<String, Object> anchor = (Map<String, Object>) bundle.get("anchor");
        long index = number(anchor.get("index"));
        String chain = (String) anchor.get("chainHash");
        Map<Long, String> chainAt = new HashMap<>(Map.of(index, chain));
        Map<Long, Long> positionAt = new HashMap<>();
        for (Object item : (List<Object>) bundle.get("events")) {
            Map<String, Object> e = (Map<String, Object>) item;
            long position = number(e.get("globalPosition"));
            String at = "event " + e.get("eventId") + " (index " + e.get("index") + ", position " + position + ")";
            if (number(e.get("index")) != index + 1) {
                return at + " follows index " + index + ": an event is missing or out of order";
            }
            index++;
            String digest = eventDigest((String) e.get("eventId"), (String) e.get("aggregateType"),
                    (String) e.get("aggregateId"), number(e.get("sequenceNumber")), (String) e.get("payloadType"),
                    (String) e.get("payloadRevision"), (String) e.get("timestamp"), (String) e.get("payload"),
                    (String) e.get("metadata"));
            if (!digest.equals(e.get("eventDigest"))) {
                return at + " was altered: its content hashes to " + digest + ", not " + e.get("eventDigest");
            }
            chain = log ? logLink(chain, position, digest) : aggregateLink(chain, digest);
            if (!chain.equals(e.get("chainHash"))) {
                return at + " breaks the chain: expected " + chain + ", the bundle says " + e.get("chainHash");
            }
            chainAt.put(index, chain);
            positionAt.put(index, position);
        }
        boolean headSigned = false;
        for (Object item : (List<Object>) bundle.get("checkpoints")) {
            Map<String, Object> c = (Map<String, Object>) item;
            long at = number(c.get("index"));
            String message = checkpointMessage((String) c.get("scope"), at, number(c.get("position")),
                    (String) c.get("chainHash"), (String) c.get("signedAt"));
            if (!scope.equals(c.get("scope")) || !signatureHolds(key, message, (String) c.get("signature"))) {
                return "checkpoint at index " + at + " is not signed by the trusted key for scope " + scope;
            }
            if (!c.get("chainHash").equals(chainAt.get(at)) || !positionAt.containsKey(at)
                    || positionAt.get(at) != number(c.get("position"))) {
                return "signed checkpoint at index " + at + " (" + c.get("chainHash")
                        + ") does not match the chain: history changed after it was signed";
            }
            headSigned |= at == index;
        }
        if (!headSigned) {
            return "no signed checkpoint covers the last event (index " + index + "): the bundle may be truncated";
        }
        for (Map.Entry<Long, String> h : held.entrySet()) {
            if (!h.getValue().equalsIgnoreCase(chainAt.getOrDefault(h.getKey(), ""))) {
                return "the chain does not pass through your checkpoint " + h.getKey() + ":" + h.getValue();
            }
        }
        return null;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java AuditProof.java bundle.json public-key(base64 X.509, or a file holding it)"
                    + " [index:chainHash ...]");
            System.exit(2);
        }
        Path keyFile = Path.of(args[1]);
        PublicKey key = publicKey(Files.isRegularFile(keyFile) ? Files.readString(keyFile) : args[1]);
        Map<Long, String> held = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] parts = args[i].split(":", 2);
            held.put(Long.parseLong(parts[0]), parts[1]);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> bundle = (Map<String, Object>) new Json(Files.readString(Path.of(args[0]))).value();
        String problem = verify(bundle, key, held);
        if (problem != null) {
            System.out.println("TAMPERED: " + problem);
            System.exit(1);
        }
        System.out.println("INTACT: " + ((List<?>) bundle.get("events")).size() + " events of " + bundle.get("scope")
                + " verified against the signed checkpoints");
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Just enough JSON for a bundle: objects, arrays, strings, integers, booleans and null. */
    public static final class Json {

        private final String text;
        private int at;

        public Json(String text) {
            this.text = text;
        }

        public Object value() throws IOException {
            skipBlanks();
            return switch (text.charAt(at)) {
                case '{' -> container('}');
                case '[' -> container(']');
                case '"' -> string();
                case 't', 'f', 'n' -> literal();
                default -> number();
            };
        }

        /** An object (as a map, in order) or an array (as a list), up to {@code close}. */
        private Object container(char close) throws IOException {
            Map<String, Object> object = new LinkedHashMap<>();
            List<Object> array = new ArrayList<>();
            at++;
            skipBlanks();
            if (text.charAt(at) != close) {
                do {
                    skipBlanks();
                    if (close == '}') {
                        String name = string();
                        skipBlanks();
                        expect(':');
                        object.put(name, value());
                    } else {
                        array.add(value());
                    }
                    skipBlanks();
                } while (text.charAt(at++) == ',');
                at--;
            }
            expect(close);
            return close == '}' ? object : array;
        }

        private String string() throws IOException {
            expect('"');
            StringBuilder s = new StringBuilder();
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    int control = "bfnrt".indexOf(escaped);
                    if (escaped == 'u') {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    } else {
                        s.append(control >= 0 ? "\b\f\n\r\t".charAt(control) : escaped);
                    }
                } else {
                    s.append(c);
                }
            }
            return s.toString();
        }

        private Object literal() throws IOException {
            for (String word : new String[]{"true", "false", "null"}) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            throw new IOException("unexpected literal at " + at);
        }

        private Object number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String digits = text.substring(start, at);
            return digits.matches("-?\\d+") ? (Object) Long.valueOf(digits) : (Object) Double.valueOf(digits);
        }

        private void expect(char c) throws IOException {
            if (text.charAt(at++) != c) {
                throw new IOException("expected " + c + " at " + (at - 1));
            }
        }

        private void skipBlanks() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }
}
