package com.outsourcingledger.api.refusal;

import com.outsourcingledger.api.organization.Department;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * A refused request that names the rule it broke: the domain's one way to say no. The {@link Kind} says what
 * sort of no it is; how a kind is shown to a client (an HTTP status, say) is decided at the edge, not here.
 * The rule is always a constant of one of the {@link RuleCodes#HOLDERS}, never a literal or a concatenation.
 */
public class Refusal extends RuntimeException {

    /** What sort of refusal: the acting party may not, the target is unknown, its state forbids it, or the request breaks a rule. */
    public enum Kind {
        /** The request itself is malformed (a required value is missing from an operator's request, say). */
        INVALID,
        /** The acting department or user may not do this. */
        FORBIDDEN,
        /** Nothing with that id. */
        NOT_FOUND,
        /** The target's current state forbids it. */
        CONFLICT,
        /** The request breaks a business rule. */
        UNPROCESSABLE
    }

    private final Kind kind;
    private final String rule;

    public Refusal(Kind kind, String rule, String detail) {
        super(detail);
        this.kind = kind;
        this.rule = rule;
    }

    public static Refusal conflict(String rule, String detail) {
        return new Refusal(Kind.CONFLICT, rule, detail);
    }

    public static Refusal unprocessable(String rule, String detail) {
        return new Refusal(Kind.UNPROCESSABLE, rule, detail);
    }

    public static Refusal forbidden(String rule, String detail) {
        return new Refusal(Kind.FORBIDDEN, rule, detail);
    }

    public static Refusal notFound(String rule, String detail) {
        return new Refusal(Kind.NOT_FOUND, rule, detail);
    }

    public static Refusal invalid(String rule, String detail) {
        return new Refusal(Kind.INVALID, rule, detail);
    }

    /**
     * The one status guard: {@code rule} is refused (a conflict) unless {@code status} is one of {@code allowed}.
     * {@code subject} names the target in the message, e.g. "Contract 42".
     */
    @SafeVarargs
    public static <S extends Enum<S>> void requireStatus(String rule, String subject, S status, String act,
                                                         S... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw conflict(rule, subject + " is " + status + ", but " + act + " needs it to be "
                    + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or ")));
        }
    }

    /** The one text guard: {@code rule} is refused (unprocessable) when {@code text} is missing or blank. */
    public static void requireText(String rule, String text, String detail) {
        if (isBlank(text)) {
            throw unprocessable(rule, detail);
        }
    }

    /** The one department guard: returns the acting department when it is one of {@code allowed}. */
    public static Department requireDepartment(String rule, String act, String department,
                                               Collection<Department> allowed) {
        Department acting = department == null ? null : Arrays.stream(Department.values())
                .filter(d -> d.name().equals(department)).findFirst().orElse(null);
        if (acting == null || !allowed.contains(acting)) {
            throw forbidden(rule, "A " + act + " is given by " + allowed + ", not by " + department);
        }
        return acting;
    }

    /**
     * The one segregation-of-duties guard: {@code rule} is refused (forbidden) when {@code user} is among the
     * {@code authors}, everyone who drafted, revised, submitted, registered or examined the thing, so that nobody
     * approves, reviews, admits or scores their own work. {@code act} names the act in the message.
     */
    public static void requireNotAuthor(String rule, String act, String user, Collection<String> authors) {
        if (user != null && authors.contains(user)) {
            throw forbidden(rule, "User " + user + " drafted, revised, submitted, registered or examined this and"
                    + " may not also give its " + act);
        }
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public RuleViolation toRuleViolation() {
        return new RuleViolation(rule, kind, getMessage());
    }
}
