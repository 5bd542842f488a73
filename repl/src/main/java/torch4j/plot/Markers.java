package torch4j.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.style.markers.Marker;

/** Matplotlib's markers drawn at their own size in pixels (XChart's size argument is ignored). */
final class Markers {
    private Markers() {}

    /** Points to pixels at {@link Figure#DPI}. */
    static double px(double points) { return points * Figure.DPI / 72; }

    static Marker of(char kind, double sizePx) {
        return new Marker() {
            @Override public void paint(Graphics2D g, double x, double y, int ignored) { draw(g, kind, x, y, sizePx); }
        };
    }

    /** Draws marker {@code kind} centred at (x, y), {@code size} pixels across, in the current colour. */
    static void draw(Graphics2D g, char kind, double x, double y, double size) {
        double r = size / 2;
        Stroke old = g.getStroke();
        switch (kind) {
            case 'o' -> g.fill(new Ellipse2D.Double(x - r, y - r, size, size));
            case '.' -> g.fill(new Ellipse2D.Double(x - r / 2, y - r / 2, r, r));
            case 's' -> g.fill(new Rectangle2D.Double(x - r, y - r, size, size));
            case 'x', '+' -> {
                g.setStroke(new BasicStroke((float) Math.max(1, size / 6)));
                if (kind == 'x') {
                    g.draw(new Line2D.Double(x - r, y - r, x + r, y + r));
                    g.draw(new Line2D.Double(x - r, y + r, x + r, y - r));
                } else {
                    g.draw(new Line2D.Double(x - r, y, x + r, y));
                    g.draw(new Line2D.Double(x, y - r, x, y + r));
                }
                g.setStroke(old);
            }
            case '^', 'v', 'D', '*' -> g.fill(polygon(kind, x, y, r));
            default -> throw new IllegalArgumentException("Unrecognized marker style '" + kind + "'");
        }
    }

    private static Path2D polygon(char kind, double x, double y, double r) {
        Path2D p = new Path2D.Double();
        switch (kind) {
            case '^' -> { p.moveTo(x, y - r); p.lineTo(x + r, y + r); p.lineTo(x - r, y + r); }
            case 'v' -> { p.moveTo(x, y + r); p.lineTo(x + r, y - r); p.lineTo(x - r, y - r); }
            case 'D' -> { p.moveTo(x, y - r); p.lineTo(x + r, y); p.lineTo(x, y + r); p.lineTo(x - r, y); }
            default -> {   // five-pointed star, inner radius 0.4 r
                for (int i = 0; i < 10; i++) {
                    double a = -Math.PI / 2 + i * Math.PI / 5, rr = i % 2 == 0 ? r : 0.4 * r;
                    if (i == 0) p.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
                    else p.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
                }
            }
        }
        p.closePath();
        return p;
    }
}
