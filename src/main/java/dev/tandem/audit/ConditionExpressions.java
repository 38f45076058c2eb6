package dev.tandem.audit;

import dev.tandem.shared.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Conditions as a spreadsheet's author writes them, in the manner of XLSForm: {@code ${latches} = 'no' and ${load} > 5},
 * with {@code = != < <= > >=}, {@code and}, {@code or}, {@code not}, brackets, {@code ${name}}, quoted text and
 * numbers; translated to the JSON Logic a template keeps and back. A cell that starts with an opening brace is taken as
 * JSON Logic as it is.
 */
@NamedInterface("inspections")
public final class ConditionExpressions {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(\\$\\{[^}]*})|'((?:[^']|'')*)'|\"((?:[^\"]|\"\")*)\"|(-?\\d+(?:\\.\\d+)?)|(<=|>=|!=|==|=|<|>|\\(|\\))"
                    + "|([A-Za-zА-Яа-я_]+))");
    private static final Map<String, String> OPERATORS =
            Map.of("=", "==", "==", "==", "!=", "!=", "<", "<", "<=", "<=", ">", ">", ">=", ">=");

    private ConditionExpressions() {}

    /**
     * The JSON Logic of an expression; null for a blank one.
     *
     * @throws InvalidRequestException on {@code field} when the expression cannot be read
     */
    public static JsonNode parse(String expression, String field) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        if (expression.strip().startsWith("{")) {
            try {
                return JsonMapper.shared().readTree(expression);
            } catch (JacksonException notJson) {
                throw new InvalidRequestException(field, "rule.audit.conditionForm");
            }
        }
        return new Parser(tokens(expression, field), field).expression();
    }

    /** The expression of a condition, as {@link #parse} reads it back; JSON Logic outside what it writes as is. */
    public static String print(JsonNode condition) {
        if (condition == null) {
            return null;
        }
        var printed = printed(condition, false);
        return printed != null ? printed : condition.toString();
    }

    private static String printed(JsonNode node, boolean nested) {
        if (!node.isObject() || node.size() != 1) {
            return literal(node);
        }
        var operation = node.properties().iterator().next();
        var operator = operation.getKey();
        var args = operation.getValue();
        if (operator.equals("var")) {
            return args.isString() ? "${" + args.stringValue() + "}" : null;
        }
        var list = args.isArray() ? args.valueStream().toList() : List.of(args);
        var parts = new ArrayList<String>();
        for (var arg : list) {
            var part = printed(arg, true);
            if (part == null) {
                return null;
            }
            parts.add(part);
        }
        return switch (operator) {
            case "and", "or" -> {
                var joined = String.join(" " + operator + " ", parts);
                yield nested ? "(" + joined + ")" : joined;
            }
            // "not" binds less tightly than a comparison, and an "and" or "or" within it is bracketed already
            case "!" -> parts.size() == 1 ? "not " + parts.get(0) : null;
            case "==", "!=", "<", "<=", ">", ">=" ->
                parts.size() == 2
                        ? parts.get(0) + " " + (operator.equals("==") ? "=" : operator) + " " + parts.get(1)
                        : null;
            default -> null;
        };
    }

    private static String literal(JsonNode node) {
        if (node.isString()) {
            return "'" + node.stringValue().replace("'", "''") + "'";
        }
        if (node.isNumber() || node.isBoolean() || node.isNull()) {
            return node.toString();
        }
        return null;
    }

    private record Token(String kind, String text) {}

    private static List<Token> tokens(String expression, String field) {
        var tokens = new ArrayList<Token>();
        Matcher matcher = TOKEN.matcher(expression);
        int at = 0;
        while (at < expression.length()) {
            if (expression.substring(at).isBlank()) {
                break;
            }
            if (!matcher.find(at) || matcher.start() != at) {
                throw new InvalidRequestException(
                        field,
                        "rule.audit.conditionSyntax",
                        expression.substring(at).strip());
            }
            if (matcher.group(1) != null) {
                tokens.add(new Token(
                        "name",
                        matcher.group(1)
                                .substring(2, matcher.group(1).length() - 1)
                                .strip()));
            } else if (matcher.group(2) != null) {
                tokens.add(new Token("text", matcher.group(2).replace("''", "'")));
            } else if (matcher.group(3) != null) {
                tokens.add(new Token("text", matcher.group(3).replace("\"\"", "\"")));
            } else if (matcher.group(4) != null) {
                tokens.add(new Token("number", matcher.group(4)));
            } else if (matcher.group(5) != null) {
                tokens.add(new Token("symbol", matcher.group(5)));
            } else {
                tokens.add(new Token("word", matcher.group(6).toLowerCase(java.util.Locale.ROOT)));
            }
            at = matcher.end();
        }
        return tokens;
    }

    /** or := and ('or' and)*; and := not ('and' not)*; not := 'not' not | comparison; comparison := operand (op operand)? */
    private static final class Parser {

        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        private final List<Token> tokens;
        private final String field;
        private int at;

        Parser(List<Token> tokens, String field) {
            this.tokens = tokens;
            this.field = field;
        }

        JsonNode expression() {
            var expression = or();
            if (at < tokens.size()) {
                throw wrong();
            }
            return expression;
        }

        private JsonNode or() {
            return joined("or", this::and);
        }

        private JsonNode and() {
            return joined("and", this::not);
        }

        private JsonNode joined(String word, java.util.function.Supplier<JsonNode> part) {
            var parts = new ArrayList<JsonNode>();
            parts.add(part.get());
            while (is("word", word)) {
                at++;
                parts.add(part.get());
            }
            if (parts.size() == 1) {
                return parts.get(0);
            }
            var node = NODES.objectNode();
            node.set(word, NODES.arrayNode().addAll(parts));
            return node;
        }

        private JsonNode not() {
            if (is("word", "not")) {
                at++;
                var node = NODES.objectNode();
                node.set("!", NODES.arrayNode().add(not()));
                return node;
            }
            return comparison();
        }

        private JsonNode comparison() {
            var left = operand();
            if (at < tokens.size() && tokens.get(at).kind().equals("symbol") && OPERATORS.containsKey(text())) {
                var operator = OPERATORS.get(text());
                at++;
                var right = operand();
                var node = NODES.objectNode();
                node.set(operator, NODES.arrayNode().add(left).add(right));
                return node;
            }
            return left;
        }

        private JsonNode operand() {
            if (at >= tokens.size()) {
                throw wrong();
            }
            var token = tokens.get(at++);
            switch (token.kind()) {
                case "name" -> {
                    var node = NODES.objectNode();
                    node.put("var", token.text());
                    return node;
                }
                case "text" -> {
                    return NODES.stringNode(token.text());
                }
                case "number" -> {
                    // read as JSON reads it, so that 5 is the same node whether written here or as JSON Logic
                    return JsonMapper.shared().readTree(token.text());
                }
                case "word" -> {
                    if (token.text().equals("true") || token.text().equals("false")) {
                        return NODES.booleanNode(token.text().equals("true"));
                    }
                }
                case "symbol" -> {
                    if (token.text().equals("(")) {
                        var inner = or();
                        if (!is("symbol", ")")) {
                            throw wrong();
                        }
                        at++;
                        return inner;
                    }
                }
                default -> {}
            }
            at--;
            throw wrong();
        }

        private boolean is(String kind, String text) {
            return at < tokens.size()
                    && tokens.get(at).kind().equals(kind)
                    && tokens.get(at).text().equals(text);
        }

        private String text() {
            return tokens.get(at).text();
        }

        private InvalidRequestException wrong() {
            var rest = at >= tokens.size()
                    ? "…"
                    : tokens.subList(at, tokens.size()).stream()
                            .map(Token::text)
                            .collect(Collectors.joining(" "));
            return new InvalidRequestException(field, "rule.audit.conditionSyntax", rest);
        }
    }
}
