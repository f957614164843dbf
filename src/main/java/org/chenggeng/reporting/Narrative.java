package org.chenggeng.reporting;

import org.chenggeng.work.PhraseOrder;
import org.chenggeng.work.ReportSection;
import org.chenggeng.work.WorkTypeData;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the sentence officials build their reports around, from the catalogue's phrase parts:
 * each type is a verb, an object, a quantity and its unit in the type's word order (治理社区外露线网1742米, 清淘39座化粪池);
 * consecutive types of a section with the same verb share it, joined by 、; types of a section with different verbs
 * are joined by ，; sections by ；; the list ends with 等。 Zero quantities and types the catalogue leaves to 等 are
 * not named. English follows the same rules in English ("dredged 39 septic tanks, 869 sewage wells and 160
 * rainwater inlets").
 */
public final class Narrative {

    /** A work type with the quantity the sentence reports for it. */
    public record Line(WorkTypeData type, BigDecimal quantity) {
    }

    /**
     * What the sentence starts with, in two wordings: the usual one (更新改造中共 / The renewal) and the one used when
     * a group of the sentence says a verb of {@link #SAID_ONCE} itself (更新中，共), so that 改造 is not said twice.
     * Each is a text of its own in the bundle: cutting the verb out of the usual lead would leave 更新中共.
     */
    public record Lead(String usual, String verbSaidLater) {

        /** A lead that reads the same either way (English, or a lead without a verb said once). */
        public static Lead of(String text) {
            return new Lead(text, text);
        }
    }

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Narrative() {
    }

    /**
     * The sentence, or {@code null} when no quantity is left to name.
     *
     * @param lead         what the sentence starts with, in its two wordings
     * @param ending       what it ends with (等。 / , among others.)
     * @param tenThousands write quantities of 10 000 and more in 万 (1.16万平方米); Chinese only
     */
    public static String write(List<Line> lines, Locale locale, Lead lead, String ending, boolean tenThousands) {
        return write(lines, locale, lead, ending, tenThousands, NarrativeStyle.USUAL);
    }

    /**
     * The sentence with its sections in the style's order. A verb in {@link #SAID_ONCE} (改造) is said once: every
     * later type with it joins the first group that has it, and the lead takes its wording without the verb when a
     * group says it (更新中，共改造… rather than 更新改造中共改造…).
     */
    public static String write(List<Line> lines, Locale locale, Lead lead, String ending, boolean tenThousands,
                               NarrativeStyle style) {
        boolean english = "en".equals(locale.getLanguage());
        Map<ReportSection, List<Line>> sections = new LinkedHashMap<>();
        lines.stream()
                .filter(l -> l.type().narrative() && l.quantity() != null && l.quantity().signum() > 0)
                .sorted(Comparator.comparingInt((Line l) -> style.rank(l.type().section()))
                        .thenComparingInt(l -> l.type().sortOrder()).thenComparing(l -> l.type().code()))
                .forEach(l -> sections.computeIfAbsent(l.type().section(), s -> new ArrayList<>()).add(l));
        if (sections.isEmpty()) {
            return null;
        }
        List<List<Group>> clauses = new ArrayList<>();
        Map<String, Group> once = new LinkedHashMap<>();
        for (List<Line> section : sections.values()) {
            List<Group> groups = new ArrayList<>();
            int i = 0;
            while (i < section.size()) {
                String verb = verb(section.get(i), english);
                List<String> objects = new ArrayList<>();
                while (i < section.size() && verb(section.get(i), english).equals(verb)) {
                    objects.add(english ? english(section.get(i), locale) : chinese(section.get(i), tenThousands));
                    i++;
                }
                Group earlier = english ? null : once.get(verb);
                if (earlier != null) {
                    earlier.objects().addAll(objects);
                } else {
                    Group group = new Group(verb, objects);
                    groups.add(group);
                    if (!english && SAID_ONCE.contains(verb)) {
                        once.put(verb, group);
                    }
                }
            }
            if (!groups.isEmpty()) {
                clauses.add(groups);
            }
        }
        String opening = once.isEmpty() ? lead.usual() : lead.verbSaidLater();
        return opening + String.join(english ? "; " : "；", clauses.stream().map(groups -> String.join(
                english ? ", " : "，", groups.stream().map(g -> english ? g.verb() + " " + list(g.objects())
                        : g.verb() + String.join("、", g.objects())).toList())).toList()) + ending;
    }

    /** Verbs a sentence says at most once, because officials' sentences never repeat them. */
    static final java.util.Set<String> SAID_ONCE = java.util.Set.of("改造");

    private record Group(String verb, List<String> objects) {
    }

    private static String verb(Line l, boolean english) {
        return english ? l.type().verbEn() : l.type().verbZh();
    }

    private static String chinese(Line l, boolean tenThousands) {
        WorkTypeData t = l.type();
        String quantity = tenThousands && l.quantity().compareTo(TEN_THOUSAND) >= 0
                ? plain(l.quantity().divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)) + "万"
                : plain(l.quantity());
        String amount = quantity + t.unit().zh();
        return t.phraseOrder() == PhraseOrder.OBJECT_THEN_QUANTITY ? t.objectZh() + amount : amount + t.objectZh();
    }

    private static String english(Line l, Locale locale) {
        WorkTypeData t = l.type();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        String number = format.format(l.quantity());
        if (t.unit().isCount()) {
            return number + " " + (l.quantity().compareTo(BigDecimal.ONE) == 0 ? t.objectEn() : t.objectEnPlural());
        }
        return number + " " + t.unit().en(true) + " of " + t.objectEn();
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
