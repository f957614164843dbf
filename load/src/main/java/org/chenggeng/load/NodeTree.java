package org.chenggeng.load;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The client's copy of one UI's state tree, kept as Vaadin's browser client keeps it: the {@code changes} of each
 * response applied in order. Only what a virtual user needs to find an element and act on it is kept: its tag,
 * properties, attributes, children, text and the events it listens to. Feature numbers are Flow's
 * ({@code com.vaadin.flow.internal.nodefeature.NodeFeatures}).
 */
final class NodeTree {

    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT_NODE = 7;
    static final int CLASS_LIST = 11;
    static final int VIRTUAL_CHILDREN = 24;

    /** One node: an element, a text node or a UI-level node without a tag. */
    static final class Node {
        final int id;
        String tag;
        String text;
        Node parent;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Node> children = new ArrayList<>();
        final List<Node> virtualChildren = new ArrayList<>();
        final List<String> classes = new ArrayList<>();
        /** Event type → the event data expressions the server asked the client to send with it. */
        final Map<String, JsonNode> listeners = new LinkedHashMap<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.isString() ? value.stringValue() : value.toString();
        }

        /** The text of this node and every node under it, as the browser would render it (roughly). */
        String textContent() {
            StringBuilder out = new StringBuilder();
            collectText(this, out);
            return out.toString();
        }

        private static void collectText(Node node, StringBuilder out) {
            if (node.text != null) {
                out.append(node.text);
            }
            String label = node.property("label");
            if (label != null) {
                out.append(label).append(' ');
            }
            for (Node child : node.children) {
                collectText(child, out);
            }
        }

        @Override
        public String toString() {
            return "#" + id + "<" + tag + (attributes.containsKey("id") ? " id=" + attributes.get("id") : "") + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            switch (type) {
                case "attach" -> node(id);
                case "detach" -> detach(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> clear(node(id), change.path("feat").asInt());
                default -> { }
            }
        }
    }

    private void detach(int id) {
        Node gone = nodes.remove(id);
        if (gone != null && gone.parent != null) {
            gone.parent.children.remove(gone);
            gone.parent.virtualChildren.remove(gone);
        }
    }

    private void put(Node node, JsonNode change) {
        int feat = change.path("feat").asInt();
        String key = change.path("key").asString();
        JsonNode value = change.has("nodeValue") ? null : change.get("value");
        switch (feat) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key) && value != null) {
                    node.tag = text(value);
                }
            }
            case ELEMENT_PROPERTIES -> node.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value == null ? null : text(value));
            case ELEMENT_LISTENERS -> node.listeners.put(key, value);
            case TEXT_NODE -> node.text = value == null ? null : text(value);
            default -> { }
        }
    }

    private void remove(Node node, JsonNode change) {
        int feat = change.path("feat").asInt();
        String key = change.path("key").asString();
        switch (feat) {
            case ELEMENT_PROPERTIES -> node.properties.remove(key);
            case ELEMENT_ATTRIBUTES -> node.attributes.remove(key);
            case ELEMENT_LISTENERS -> node.listeners.remove(key);
            default -> { }
        }
    }

    private void clear(Node node, int feat) {
        switch (feat) {
            case ELEMENT_CHILDREN -> node.children.clear();
            case VIRTUAL_CHILDREN -> node.virtualChildren.clear();
            case CLASS_LIST -> node.classes.clear();
            case ELEMENT_PROPERTIES -> node.properties.clear();
            default -> { }
        }
    }

    private void splice(Node node, JsonNode change) {
        int feat = change.path("feat").asInt();
        if (feat == CLASS_LIST) {
            spliceValues(node.classes, change);
            return;
        }
        if (feat != ELEMENT_CHILDREN && feat != VIRTUAL_CHILDREN) {
            return;
        }
        List<Node> list = feat == ELEMENT_CHILDREN ? node.children : node.virtualChildren;
        int index = change.path("index").asInt();
        int removeCount = change.path("remove").asInt(0);
        for (int i = 0; i < removeCount && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            int at = Math.min(index, list.size());
            for (JsonNode childId : added) {
                Node child = node(childId.asInt());
                child.parent = node;
                list.add(at++, child);
            }
        }
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.stringValue() : value.isValueNode() ? value.asString() : value.toString();
    }

    private static void spliceValues(List<String> list, JsonNode change) {
        int index = change.path("index").asInt();
        int removeCount = change.path("remove").asInt(0);
        for (int i = 0; i < removeCount && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode added = change.get("add");
        if (added != null) {
            int at = Math.min(index, list.size());
            for (JsonNode value : added) {
                list.add(at++, text(value));
            }
        }
    }

    /** Whether the node is in the page: its chain of parents reaches the UI's root (node 1). */
    boolean attached(Node node) {
        for (Node n = node; n != null; n = n.parent) {
            if (n.id == 1) {
                return true;
            }
        }
        return false;
    }

    Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(test).filter(this::attached).min((a, b) -> Integer.compare(b.id, a.id));
    }

    List<Node> findAll(Predicate<Node> test) {
        return nodes.values().stream().filter(test).filter(this::attached).sorted((a, b) -> Integer.compare(a.id, b.id))
                .toList();
    }

    Node byId(String elementId) {
        return find(n -> elementId.equals(n.attributes.get("id")))
                .orElseThrow(() -> new LoadFailure("no element with id " + elementId));
    }

    int size() {
        return nodes.size();
    }

    static Predicate<Node> tag(String tag) {
        return n -> tag.equals(n.tag);
    }

    static Predicate<Node> hasClass(String name) {
        return n -> n.classes.contains(name);
    }

    static Predicate<Node> under(Node ancestor) {
        return n -> {
            for (Node p = n.parent; p != null; p = p.parent) {
                if (p == ancestor) {
                    return true;
                }
            }
            return false;
        };
    }
}
