package org.chenggeng.security.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.component.Svg;

import java.util.Map;

/**
 * A QR code drawn as inline SVG: one path of dark modules, so that it needs no image request and no data URL, which a
 * strict Content-Security-Policy may refuse, and stays sharp at any size.
 */
final class QrCodeSvg {

    private static final int QUIET_ZONE = 4;

    private QrCodeSvg() {
    }

    static Svg of(String text, String size) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("An otpauth URI fits a QR code", e);
        }
        int n = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        Svg svg = new Svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + n + " " + n
                + "\" width=\"100%\" height=\"100%\" shape-rendering=\"crispEdges\"><rect width=\"" + n + "\" height=\"" + n
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>");
        svg.getElement().getStyle().set("display", "block").set("width", size).set("height", size);
        return svg;
    }
}
