package org.chenggeng.demo;

import org.chenggeng.evidence.ExifDates;
import org.chenggeng.evidence.Phase;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Rendered stand-ins for site photos and a scanned paper form, each saying plainly that it is a sample: a block of
 * flats over a courtyard, worn before the works, fenced off with machines during them, tidy after them.
 */
final class DemoPictures {

    private static final int W = 960;
    private static final int H = 720;
    private static Font font;

    private DemoPictures() {
    }

    /** A site picture carrying {@code taken} as its EXIF date taken, as a camera would write it. */
    static byte[] site(String place, String work, Phase phase, String phaseLabel, LocalDateTime taken) {
        return ExifDates.stamp(site(place, work, phase, phaseLabel), taken);
    }

    static byte[] site(String place, String work, Phase phase, String phaseLabel) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(phase == Phase.BEFORE ? new Color(176, 180, 186) : new Color(150, 196, 236));
        g.fillRect(0, 0, W, H);
        g.setColor(phase == Phase.BEFORE ? new Color(150, 132, 116) : new Color(214, 196, 168));
        g.fillRect(80, 120, 520, 380);
        g.setColor(new Color(90, 100, 110));
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 6; col++) {
                g.fillRect(110 + col * 80, 150 + row * 85, 44, 50);
            }
        }
        g.setColor(phase == Phase.AFTER ? new Color(96, 100, 104) : new Color(122, 110, 96));
        g.fillRect(0, 500, W, 220);
        switch (phase) {
            case BEFORE -> {
                g.setColor(new Color(70, 60, 50));
                g.setStroke(new BasicStroke(6));
                g.drawLine(40, 560, 300, 610);
                g.drawLine(500, 540, 900, 640);
                g.fillOval(620, 590, 90, 40);
            }
            case DURING -> {
                g.setColor(new Color(240, 140, 20));
                for (int x = 0; x < W; x += 80) {
                    g.fillRect(x, 520, 40, 24);
                }
                g.fillRect(660, 400, 160, 100);
                g.fillRect(780, 300, 20, 120);
                g.setColor(Color.DARK_GRAY);
                g.fillOval(670, 480, 50, 50);
                g.fillOval(770, 480, 50, 50);
            }
            case AFTER -> {
                g.setColor(Color.WHITE);
                g.setStroke(new BasicStroke(5));
                for (int x = 40; x < W; x += 120) {
                    g.drawLine(x, 610, x + 60, 610);
                }
                g.setColor(new Color(60, 150, 70));
                for (int x = 640; x < 920; x += 70) {
                    g.fillOval(x, 400, 60, 90);
                }
            }
        }
        caption(g, List.of(place + " · " + work, phaseLabel + " · 示例图片（非现场照片）"));
        g.dispose();
        return jpeg(image);
    }

    static byte[] consentForm(String project, String household) {
        BufferedImage image = new BufferedImage(W, H * 4 / 3, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setColor(new Color(246, 243, 234));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(new Color(40, 40, 40));
        g.setFont(font().deriveFont(Font.PLAIN, 34f));
        g.drawString(project, 70, 110);
        g.drawString("居民意见征询表（示例扫描件）", 70, 160);
        g.setFont(font().deriveFont(Font.PLAIN, 26f));
        String[] lines = {"户号：" + household, "征询事项：小区城市更新改造实施方案", "意见：☑ 同意    □ 不同意    □ 弃权",
                "签字：（示例）", "日期：2022年3月", "本件为演示数据，非真实居民意见。"};
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 70, 260 + i * 70);
        }
        g.setStroke(new BasicStroke(2));
        g.drawRect(50, 200, W - 100, lines.length * 70 + 40);
        g.setColor(new Color(200, 30, 30, 120));
        g.setStroke(new BasicStroke(6));
        g.drawOval(W - 300, H, 200, 200);
        g.setFont(font().deriveFont(Font.PLAIN, 30f));
        g.drawString("示例", W - 230, H + 110);
        g.dispose();
        return jpeg(image);
    }

    private static void caption(Graphics2D g, List<String> lines) {
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRect(0, H - 40 - lines.size() * 44, W, 40 + lines.size() * 44);
        g.setColor(Color.WHITE);
        g.setFont(font().deriveFont(Font.PLAIN, 30f));
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 30, H - 30 - (lines.size() - 1 - i) * 44);
        }
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    static synchronized Font font() {
        if (font == null) {
            try (InputStream in = DemoPictures.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
                font = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("the bundled Chinese font cannot be read", e);
            }
        }
        return font;
    }

    private static byte[] jpeg(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
