package org.anxin.letter;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.anxin.dialog.Fact;
import org.anxin.dialog.content.DialogFolder;
import org.anxin.dialog.content.DialogLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads {@code dialogs/letters/}: {@code kinds.yaml} (shared field definitions and the kinds) and the templates
 * {@code <kind>.<locale>.mustache}, with partials {@code {{>name}}} from {@code _<name>.<locale>.mustache}; and the
 * knowledge entries the kinds cite. Anything inconsistent fails loudly, naming the file.
 */
final class LetterCatalog {

    final Map<String, LetterKind> kinds;
    final Map<String, Template> templates;
    final Map<String, Fact> facts;

    private LetterCatalog(Map<String, LetterKind> kinds, Map<String, Template> templates, Map<String, Fact> facts) {
        this.kinds = kinds;
        this.templates = templates;
        this.facts = facts;
    }

    static LetterCatalog load(Path dialogsDir) {
        return load(dialogsDir, DialogLoader.load(DialogFolder.read(dialogsDir)).dialogs().facts());
    }

    /** The same, citing {@code facts}: the knowledge base of the folder, when it has been read already. */
    static LetterCatalog load(Path dialogsDir, Map<String, Fact> facts) {
        Path dir = dialogsDir.resolve("letters");
        Path kindsFile = dir.resolve("kinds.yaml");
        if (!Files.isRegularFile(kindsFile)) {
            throw new IllegalArgumentException("no letter kinds at " + kindsFile.toAbsolutePath());
        }
        Map<String, Object> root = new Yaml(new LoaderOptions()).load(read(kindsFile));
        Map<String, Map<String, Object>> fieldDefs = mapOfMaps(root.get("fields"), "fields");
        Map<String, Map<String, Object>> kindDefs = mapOfMaps(root.get("kinds"), "kinds");
        Map<String, LetterKind> kinds = new LinkedHashMap<>();
        Map<String, Template> templates = new LinkedHashMap<>();
        for (var kindEntry : kindDefs.entrySet()) {
            String id = kindEntry.getKey();
            Map<String, Object> def = kindEntry.getValue();
            String where = "kinds.yaml: kind '" + id + "'";
            Map<String, String> title = strings(def.get("title"), where + " title");
            if (!title.containsKey(Letters.MAIN_LOCALE)) {
                throw new IllegalArgumentException(where + ": no zh-CN title");
            }
            List<LetterField> fields = new ArrayList<>();
            for (Object item : list(def.get("fields"), where + " fields")) {
                String name;
                boolean required;
                if (item instanceof String s) {
                    name = s;
                    required = false;
                } else if (item instanceof Map<?, ?> m && m.size() == 1) {
                    var e = m.entrySet().iterator().next();
                    name = String.valueOf(e.getKey());
                    required = "required".equals(e.getValue());
                    if (!required && !"optional".equals(e.getValue())) {
                        throw new IllegalArgumentException(where + ": field '" + name + "' must be required or optional");
                    }
                } else {
                    throw new IllegalArgumentException(where + ": a field is 'name' or '{name: required|optional}'");
                }
                Map<String, Object> fieldDef = fieldDefs.get(name);
                if (fieldDef == null) {
                    throw new IllegalArgumentException(where + ": field '" + name + "' is not defined under 'fields'");
                }
                String typeName = String.valueOf(fieldDef.get("type"));
                FieldType type = FieldType.of(typeName).orElseThrow(() -> new IllegalArgumentException(
                        "kinds.yaml: field '" + name + "': unknown type '" + typeName + "'"));
                Map<String, String> label = strings(fieldDef.get("label"), "kinds.yaml: field '" + name + "' label");
                if (!label.containsKey(Letters.MAIN_LOCALE)) {
                    throw new IllegalArgumentException("kinds.yaml: field '" + name + "': no zh-CN label");
                }
                fields.add(new LetterField(name, type, label, required));
            }
            Map<String, List<String>> rules = rulesByLenderType(def.get("rules"), where, facts);
            List<String> locales = new ArrayList<>();
            for (String locale : title.keySet()) {
                Path file = dir.resolve(id + "." + locale + ".mustache");
                if (Files.isRegularFile(file)) {
                    templates.put(id + "." + locale, compiler(dir, locale).compile(read(file)));
                    locales.add(locale);
                }
            }
            if (!locales.contains(Letters.MAIN_LOCALE)) {
                throw new IllegalArgumentException(where + ": no template " + id + ".zh-CN.mustache");
            }
            kinds.put(id, new LetterKind(id, title, fields, rules, Boolean.TRUE.equals(def.get("lawful_debt_line")), locales));
        }
        return new LetterCatalog(java.util.Collections.unmodifiableMap(kinds), Map.copyOf(templates), facts);
    }

    /**
     * {@code rules} is a list cited whatever the lender, or a map from lender types (several joined by commas) to
     * lists, covering every type once. Each entry cited must apply to every type it is cited for: a letter about a
     * microloan company must not rest on the banks' guideline.
     */
    private static Map<String, List<String>> rulesByLenderType(Object node, String where, Map<String, Fact> facts) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        if (node == null || node instanceof List<?>) {
            List<String> ids = node == null ? List.of() : list(node, where + " rules").stream().map(String::valueOf).toList();
            LenderTypes.ALL.forEach(type -> byType.put(type, ids));
        } else if (node instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                List<String> ids = list(entry.getValue(), where + " rules").stream().map(String::valueOf).toList();
                for (String type : String.valueOf(entry.getKey()).split("\\s*,\\s*")) {
                    if (!LenderTypes.ALL.contains(type)) {
                        throw new IllegalArgumentException(where + ": rules for '" + type + "', which is not a lender type "
                                + LenderTypes.ALL);
                    }
                    if (byType.put(type, ids) != null) {
                        throw new IllegalArgumentException(where + ": rules for '" + type + "' are given twice");
                    }
                }
            }
            List<String> missing = LenderTypes.ALL.stream().filter(t -> !byType.containsKey(t)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(where + ": no rules for lender types " + missing);
            }
        } else {
            throw new IllegalArgumentException(where + ": rules must be a list, or a map from lender types to lists");
        }
        for (var entry : byType.entrySet()) {
            for (String id : entry.getValue()) {
                Fact fact = facts.get(id);
                if (fact == null) {
                    throw new IllegalArgumentException(where + ": cites '" + id + "', which is not in dialogs/knowledge");
                }
                if (!fact.appliesToAll(List.of(entry.getKey()))) {
                    throw new IllegalArgumentException(where + ": cites '" + id + "' in a letter about a lender of type '"
                            + entry.getKey() + "', but it applies only to " + fact.lenderTypes());
                }
            }
        }
        return byType;
    }

    /**
     * Plain text, no HTML escaping; a missing variable is an error (a typo in a template), an empty string counts as
     * false in sections so that an empty optional field leaves its lines out.
     */
    private static Mustache.Compiler compiler(Path dir, String locale) {
        return Mustache.compiler()
                .escapeHTML(false)
                .emptyStringIsFalse(true)
                .withLoader(name -> {
                    Path partial = dir.resolve("_" + name + "." + locale + ".mustache");
                    if (!Files.isRegularFile(partial)) {
                        partial = dir.resolve("_" + name + "." + Letters.MAIN_LOCALE + ".mustache");
                    }
                    return new StringReader(read(partial));
                });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> mapOfMaps(Object node, String where) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("kinds.yaml: '" + where + "' must be a map");
        }
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (!(v instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("kinds.yaml: " + where + " '" + k + "' must be a map");
            }
            out.put(String.valueOf(k), (Map<String, Object>) v);
        });
        return out;
    }

    private static Map<String, String> strings(Object node, String where) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": must be a map of locale to text");
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    private static List<?> list(Object node, String where) {
        if (!(node instanceof List<?> list)) {
            throw new IllegalArgumentException(where + ": must be a list");
        }
        return list;
    }
}
