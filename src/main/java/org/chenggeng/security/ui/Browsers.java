package org.chenggeng.security.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser and its system in a few words, from a User-Agent header, for the list of sessions ("Chrome 131 ·
 * Windows"); the whole header is the cell's tooltip. Only the browsers and systems offices and phones here use;
 * anything else shows as its header's first word.
 */
final class Browsers {

    private static final Pattern[] BROWSERS = {
            Pattern.compile("(MicroMessenger)/(\\d+)"), Pattern.compile("(Edg)/(\\d+)"),
            Pattern.compile("(Firefox)/(\\d+)"), Pattern.compile("(HeadlessChrome)/(\\d+)"),
            Pattern.compile("(Chrome)/(\\d+)"), Pattern.compile("Version/(\\d+).*(Safari)/")};
    private static final String[][] SYSTEMS = {{"Windows", "Windows"}, {"Android", "Android"},
            {"iPhone", "iOS"}, {"iPad", "iOS"}, {"Mac OS X", "macOS"}, {"Linux", "Linux"}};

    private Browsers() {
    }

    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "";
        }
        String browser = userAgent.split("[ /]", 2)[0];
        for (Pattern pattern : BROWSERS) {
            Matcher m = pattern.matcher(userAgent);
            if (m.find()) {
                browser = pattern.pattern().startsWith("Version")
                        ? "Safari " + m.group(1) : name(m.group(1)) + " " + m.group(2);
                break;
            }
        }
        for (String[] system : SYSTEMS) {
            if (userAgent.contains(system[0])) {
                return browser + " · " + system[1];
            }
        }
        return browser;
    }

    private static String name(String token) {
        return switch (token) {
            case "MicroMessenger" -> "WeChat";
            case "Edg" -> "Edge";
            default -> token;
        };
    }
}
