package org.minsheng.tools.nlp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The arguments after an {@code nlp} subcommand: {@code --name value} or {@code --name=value}
 * options (each at most once), {@code --help}, and the positional rest. The typed getters turn a
 * missing or malformed value into a {@link UsageException} that names the option.
 */
final class NlpOptions {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private NlpOptions() {
    }

    /** The options in {@code args}, from {@code args[1]} on ({@code args[0]} is the subcommand). */
    static NlpOptions parse(String[] args) {
        NlpOptions options = new NlpOptions();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                options.values.put("help", "");
            } else if (a.startsWith("--")) {
                String key = a.substring(2);
                String value;
                int eq = key.indexOf('=');
                if (eq >= 0) {
                    value = key.substring(eq + 1);
                    key = key.substring(0, eq);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException("选项 --" + key + " 缺少值 / option --" + key + " needs a value");
                }
                if (options.values.put(key, value) != null) {
                    throw new UsageException("选项重复: --" + key + " / option given twice: --" + key);
                }
            } else {
                options.positional.add(a);
            }
        }
        return options;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String get(String key) {
        return values.get(key);
    }

    /** The names of the options given. */
    Set<String> names() {
        return values.keySet();
    }

    List<String> positional() {
        return positional;
    }

    /** A required file option. */
    Path path(String key) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            throw new UsageException("缺少选项 --" + key + " / missing option --" + key);
        }
        return Path.of(v);
    }

    int integer(String key, int fallback) {
        return parsed(key, fallback, Integer::parseInt, "整数", "an integer");
    }

    double number(String key, double fallback) {
        return parsed(key, fallback, Double::parseDouble, "数字", "a number");
    }

    /** An optional numeric option: the fallback when absent, a usage error when malformed. */
    private <T> T parsed(String key, T fallback, Function<String, T> parser, String kindZh, String kindEn) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return parser.apply(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + key + " 应为" + kindZh + ": " + v + " / --" + key + " must be " + kindEn + ": " + v);
        }
    }

    boolean bool(String key, boolean fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new UsageException("--" + key + " 应为 true 或 false / --" + key + " must be true or false");
        };
    }
}
