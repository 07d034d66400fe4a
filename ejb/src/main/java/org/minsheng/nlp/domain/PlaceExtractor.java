package org.minsheng.nlp.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds place names in a message: the city and its districts from a {@link PlaceGazetteer}, the
 * pseudonymised forms of the public data ("A市", "A3区"), and roads, estates and townships built
 * from a proper-name modifier and a suffix ("洞庭" + "大道", "金霞" + "小区"). The segmenter decides
 * where the modifier starts, so "武陵区洞庭大道与朗州路" yields 洞庭大道 and 朗州路, not "区洞庭大道"
 * or "与朗州路". Thread-safe if the segmenter is.
 */
public final class PlaceExtractor {

    private static final Pattern PSEUDONYM = Pattern.compile("(?<![A-Za-z0-9])([A-Z])(\\d{0,2})([市区县])");

    /** Longest first, so "大道" wins over "道"-less readings and "街道" over "街". */
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix("大道", PlaceKind.ROAD), new Suffix("小区", PlaceKind.ESTATE),
            new Suffix("花园", PlaceKind.ESTATE), new Suffix("家园", PlaceKind.ESTATE),
            new Suffix("新村", PlaceKind.ESTATE), new Suffix("公寓", PlaceKind.ESTATE),
            new Suffix("街道", PlaceKind.TOWNSHIP), new Suffix("社区", PlaceKind.TOWNSHIP),
            new Suffix("路", PlaceKind.ROAD), new Suffix("街", PlaceKind.ROAD), new Suffix("巷", PlaceKind.ROAD),
            new Suffix("苑", PlaceKind.ESTATE), new Suffix("镇", PlaceKind.TOWNSHIP),
            new Suffix("乡", PlaceKind.TOWNSHIP), new Suffix("村", PlaceKind.TOWNSHIP));

    /** Modifiers that make a common noun, not a name: "安置小区", "步行街", "城中村". */
    private static final Set<String> GENERIC_MODIFIERS = Set.of(
            "这个", "那个", "整个", "我们", "我家", "你们", "他们", "周边", "附近", "周围", "安置", "老旧", "居民",
            "住宅", "商品房", "拆迁", "回迁", "高档", "城中", "步行", "商业", "美食", "城镇", "城乡", "所在", "其他",
            "部分", "多个", "公共", "道路", "主干", "次干", "城市", "市政", "乡镇", "村镇", "农村", "乡村", "小区",
            "社区", "街道", "新农", "美丽", "示范", "贫困", "行政", "自然", "全县", "全市", "全区", "本地", "当地",
            "外地", "老城", "新城", "开发", "物业", "一条", "这条", "那条", "各个", "所有", "高速", "乡间", "农家",
            "环城", "沿线", "沿街", "临街", "主要", "平安", "文明", "卫生", "和谐", "智慧", "数字", "学校");

    private final Segmenter segmenter;
    private final PlaceGazetteer gazetteer;

    public PlaceExtractor(Segmenter segmenter, PlaceGazetteer gazetteer) {
        this.segmenter = segmenter;
        this.gazetteer = gazetteer;
    }

    public List<Place> extract(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        boolean[] taken = new boolean[text.length()];
        List<Place> places = new ArrayList<>();
        findNames(text, gazetteer.districtNames(), PlaceKind.DISTRICT, taken, places);
        findNames(text, gazetteer.cityNames(), PlaceKind.CITY, taken, places);
        findPseudonyms(text, taken, places);
        findSuffixed(text, taken, places);
        places.sort(Comparator.comparingInt(Place::start));
        return List.copyOf(places);
    }

    private static void findNames(String text, List<String> names, PlaceKind kind, boolean[] taken, List<Place> out) {
        List<String> longestFirst = new ArrayList<>(names);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : longestFirst) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                if (isFree(taken, at, at + name.length())) {
                    take(taken, at, at + name.length());
                    out.add(new Place(name, kind, at, at + name.length()));
                }
            }
        }
    }

    private static void findPseudonyms(String text, boolean[] taken, List<Place> out) {
        Matcher m = PSEUDONYM.matcher(text);
        while (m.find()) {
            if (!isFree(taken, m.start(), m.end())) {
                continue;
            }
            boolean city = m.group(2).isEmpty() && m.group(3).equals("市");
            take(taken, m.start(), m.end());
            out.add(new Place(m.group(), city ? PlaceKind.CITY : PlaceKind.DISTRICT, m.start(), m.end()));
        }
    }

    private void findSuffixed(String text, boolean[] taken, List<Place> out) {
        List<Token> tokens = segmenter.segment(text);
        int[] starts = new int[tokens.size()];
        int cursor = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            int at = text.indexOf(word, cursor);
            starts[i] = at < 0 ? cursor : at;
            cursor = Math.min(text.length(), starts[i] + word.length());
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Suffix suffix = suffixOf(token.word());
            int end = starts[i] + token.word().length();
            if (suffix == null || end > text.length() || !isFree(taken, starts[i], end)) {
                continue;
            }
            int start = starts[i];
            if (token.word().length() == suffix.text().length()) {
                // A bare suffix token: the name is the nominal tokens right before it, at most two.
                for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                    Token prev = tokens.get(j);
                    int prevEnd = starts[j] + prev.word().length();
                    if (prevEnd != start || !isNominal(prev) || !isFree(taken, starts[j], prevEnd)
                            || suffixOf(prev.word()) != null) {
                        break;
                    }
                    start = starts[j];
                }
            }
            String name = text.substring(start, end);
            String modifier = name.substring(0, name.length() - suffix.text().length());
            if (modifier.length() < 2 || GENERIC_MODIFIERS.contains(modifier) || !hasHan(modifier)) {
                continue;
            }
            take(taken, start, end);
            out.add(new Place(name, suffix.kind(), start, end));
        }
    }

    private static boolean isNominal(Token token) {
        String tag = token.tag();
        return (tag.startsWith("n") && !tag.equals("nx")) || tag.equals("vn") || tag.equals("j") || tag.equals("ng");
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static Suffix suffixOf(String word) {
        for (Suffix suffix : SUFFIXES) {
            if (word.endsWith(suffix.text())) {
                return suffix;
            }
        }
        return null;
    }

    private static boolean isFree(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void take(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    private record Suffix(String text, PlaceKind kind) {
    }
}
