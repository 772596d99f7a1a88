package vn.gov.quangngai.baocao.systemtests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Just enough of the shell's reading of a script to find a command's words: single and double
 * quotes, backslash escapes and line continuations, command substitution {@code $( … )} (also
 * inside double quotes). Variables are left as written.
 */
final class ShellWords {

    private enum Context { CODE, SINGLE, DOUBLE }

    private ShellWords() {
    }

    /** Where each command named {@code name} begins (the first character of its arguments), where the shell would run it. */
    static List<Integer> commandStarts(String script, String name) {
        List<Integer> starts = new ArrayList<>();
        Deque<Context> stack = new ArrayDeque<>();
        stack.push(Context.CODE);
        for (int i = 0; i < script.length(); i++) {
            char c = script.charAt(i);
            Context context = stack.peek();
            if (context == Context.SINGLE) {
                if (c == '\'') {
                    stack.pop();
                }
            } else if (c == '\\') {
                i++;
            } else if (context == Context.DOUBLE) {
                if (c == '"') {
                    stack.pop();
                } else if (c == '$' && next(script, i) == '(') {
                    stack.push(Context.CODE);
                    i++;
                }
            } else if (c == '\'') {
                stack.push(Context.SINGLE);
            } else if (c == '"') {
                stack.push(Context.DOUBLE);
            } else if (c == '$' && next(script, i) == '(') {
                stack.push(Context.CODE);
                i++;
            } else if (c == ')' && stack.size() > 1) {
                stack.pop();
            } else if (script.startsWith(name, i) && boundary(script, i - 1) && Character.isWhitespace(next(script, i + name.length() - 1))) {
                starts.add(i + name.length());
            }
        }
        return starts;
    }

    /** The words of the command whose arguments begin at {@code start}, up to the end of the command (newline, |, ;, &, or a closing parenthesis). */
    static List<String> words(String script, int start) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        int depth = 0;
        for (int i = start; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\\' && next(script, i) == '\n') {
                i++;
                continue;
            }
            if (depth == 0 && word == null && (c == '\n' || c == '|' || c == ';' || c == '&' || c == ')')) {
                break;
            }
            if (Character.isWhitespace(c) && depth == 0) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
                if (c == '\n') {
                    break;
                }
                continue;
            }
            if (depth == 0 && word != null && (c == '|' || c == ';' || c == '&' || c == ')')) {
                words.add(word.toString());
                word = null;
                break;
            }
            if (word == null) {
                word = new StringBuilder();
            }
            if (c == '\'') {
                int end = script.indexOf('\'', i + 1);
                word.append(script, i + 1, end);
                i = end;
            } else if (c == '"') {
                i = doubleQuoted(script, i + 1, word);
            } else if (c == '\\') {
                word.append(script.charAt(++i));
            } else {
                depth = substitutionDepth(script, i, depth);
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends a double-quoted string's value from {@code from}; returns the index of its closing quote. */
    private static int doubleQuoted(String script, int from, StringBuilder word) {
        int depth = 0;
        for (int i = from; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\\' && depth == 0 && "\"\\$`".indexOf(next(script, i)) >= 0) {
                word.append(script.charAt(++i));
            } else if (c == '"' && depth == 0) {
                return i;
            } else {
                depth = substitutionDepth(script, i, depth);
                word.append(c);
            }
        }
        throw new IllegalArgumentException("unterminated double quote");
    }

    /** How deep in command substitutions {@code $( … )} the word is after the character at {@code i}: its quotes are the inner command's. */
    private static int substitutionDepth(String script, int i, int depth) {
        if (script.charAt(i) == '$' && next(script, i) == '(') {
            return depth + 1;
        }
        return script.charAt(i) == ')' && depth > 0 ? depth - 1 : depth;
    }

    private static char next(String script, int i) {
        return i + 1 < script.length() ? script.charAt(i + 1) : '\0';
    }

    private static boolean boundary(String script, int before) {
        return before < 0 || " \t\n(|;{".indexOf(script.charAt(before)) >= 0;
    }
}
