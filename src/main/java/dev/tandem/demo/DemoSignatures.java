package dev.tandem.demo;

import dev.tandem.demo.DemoSafetyYear.Worker;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Each person's signature as a small picture, drawn once as a finger would on a phone: a few joined strokes. */
final class DemoSignatures {

    private static final int WIDTH = 240;
    private static final int HEIGHT = 80;

    private final Map<UUID, byte[]> drawn = new HashMap<>();

    byte[] of(Worker signer) {
        return drawn.computeIfAbsent(signer.personId(), DemoSignatures::draw);
    }

    private static byte[] draw(UUID person) {
        var random = new Random(person.getMostSignificantBits());
        var picture = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var pen = picture.createGraphics();
        pen.setColor(Color.WHITE);
        pen.fillRect(0, 0, WIDTH, HEIGHT);
        pen.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        pen.setColor(new Color(20, 40, 120));
        pen.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int x = 15;
        int y = HEIGHT / 2;
        while (x < WIDTH - 25) {
            int nextX = x + 8 + random.nextInt(18);
            int nextY = 15 + random.nextInt(HEIGHT - 30);
            pen.drawLine(x, y, nextX, nextY);
            x = nextX;
            y = nextY;
        }
        pen.dispose();
        var png = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, "png", png);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return png.toByteArray();
    }
}
