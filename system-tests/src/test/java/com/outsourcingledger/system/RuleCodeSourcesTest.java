package com.outsourcingledger.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule code is a constant of a holder in {@code api/refusal}: no refusal names its rule with a string
 * literal or a concatenation. Read from the sources, because the compiler inlines a constant into the bytecode,
 * where it cannot be told from a literal.
 */
class RuleCodeSourcesTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> MODULES = List.of("shared-api", "platform", "command-side", "query-side");
    private static final Path HOLDERS = Path.of("com", "outsourcingledger", "api", "refusal");

    /** The calls to refuse, up to the argument that names the rule: the first, or the one after the kind. */
    private static final Pattern REFUSING = Pattern.compile("(Refusal\\.(conflict|unprocessable|forbidden|notFound"
            + "|invalid|requireStatus|requireText|requireDepartment)|new (RuleViolation|Problem"
            + "|ResourceNotFoundException))\\(|(new Refusal|super)\\((Refusal\\.)?Kind\\.[A-Z_]+,\\s*");

    /** A literal that starts like a rule code: a feature or concern, then a dot. */
    private static final Pattern CODE_LITERAL = Pattern.compile("\"(vendor|project|sourcing|contract|evaluation|ranking|audit"
            + "|projection|request|resource|access|service|authentication|event-type)\\.[a-z0-9.-]*\"|\"(internal-error"
            + "|concurrent-modification)\"");

    @Test
    void refusalsNameTheirRuleByAConstant() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            Matcher call = REFUSING.matcher(text);
            while (call.find()) {
                String rule = firstArgument(text, call.end());
                if (rule.contains("\"") || rule.contains("+")) {
                    offences.add(source + ":" + lineOf(text, call.start()) + " " + call.group() + rule);
                }
            }
        }
        assertThat(offences).as("refusals whose rule is a literal or a concatenation, not a *RuleCodes constant")
                .isEmpty();
    }

    @Test
    void noRuleCodeIsSpelledOutsideTheHolders() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            Matcher literal = CODE_LITERAL.matcher(text);
            while (literal.find()) {
                offences.add(source + ":" + lineOf(text, literal.start()) + " " + literal.group());
            }
        }
        assertThat(offences).as("rule codes spelled outside api/refusal/*RuleCodes").isEmpty();
    }

    private static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : MODULES) {
            Path main = ROOT.resolve(module).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .filter(file -> !(main.relativize(file).startsWith(HOLDERS)
                                && file.getFileName().toString().endsWith("RuleCodes.java")))
                        .forEach(sources::add);
            }
        }
        assertThat(sources).as("main sources under " + ROOT.toAbsolutePath()).hasSizeGreaterThan(100);
        return sources;
    }

    /** The text of the first argument of the call whose parenthesis opened just before {@code from}. */
    private static String firstArgument(String text, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                return text.substring(from, i).strip();
            }
        }
        return text.substring(from);
    }

    private static long lineOf(String text, int offset) {
        return text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
