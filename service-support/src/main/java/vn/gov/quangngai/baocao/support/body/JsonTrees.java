package vn.gov.quangngai.baocao.support.body;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Small operations on JSON trees by JSON Pointer, for reading request bodies. */
final class JsonTrees {

    private JsonTrees() {
    }

    /** Drops object members whose value is null, at every depth: a null field means the same as an absent one. */
    static void dropNullMembers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNull()) {
                    fields.remove();
                } else {
                    dropNullMembers(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(JsonTrees::dropNullMembers);
        }
    }

    /** Calls {@code visit} with the pointer and text of every string in the tree, member names excluded. */
    static void eachString(JsonNode node, String pointer, BiConsumer<String, String> visit) {
        if (node.isTextual()) {
            visit.accept(pointer, node.textValue());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> eachString(field.getValue(), pointer + "/" + escape(field.getKey()), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachString(node.get(i), pointer + "/" + i, visit);
            }
        }
    }

    /** Removes what {@code pointer} names: an object member goes, an array element becomes null (so that indexes stay as the client sent them). */
    static void remove(JsonNode root, String pointer) {
        List<String> tokens = tokens(pointer);
        if (tokens.isEmpty()) {
            return;
        }
        JsonNode parent = root;
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            parent = parent.isArray() ? parent.path(index(token)) : parent.path(token);
        }
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array && index(last) >= 0 && index(last) < array.size()) {
            array.set(index(last), NullNode.getInstance());
        }
    }

    /** Whether {@code pointer} is {@code ancestor} or lies under it. */
    static boolean isWithin(String pointer, String ancestor) {
        return pointer.equals(ancestor) || ancestor.isEmpty() || pointer.startsWith(ancestor + "/");
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }

    private static int index(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
