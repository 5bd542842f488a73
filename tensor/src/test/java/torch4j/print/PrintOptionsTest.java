package torch4j.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** torch.set_printoptions semantics and the current-options holder. */
class PrintOptionsTest {

    @AfterEach
    void restore() {
        PrintOptions.reset();
    }

    @Test
    void profiles() {
        assertEquals(new PrintOptions(4, 1000, 3, 80, null), PrintOptions.profile("default"));
        assertEquals(new PrintOptions(2, 1000, 2, 80, null), PrintOptions.profile("short"));
        assertEquals(new PrintOptions(4, Double.POSITIVE_INFINITY, 3, 80, null), PrintOptions.profile("full"));
        assertThrows(IllegalArgumentException.class, () -> PrintOptions.profile("shrot"));
        assertThrows(IllegalArgumentException.class, () -> PrintOptions.set().profile("long"));
    }

    @Test
    void setterKeepsUnsetOptionsButAlwaysAssignsSciMode() {
        PrintOptions.set().precision(2).sciMode(true).apply();
        assertEquals(new PrintOptions(2, 1000, 3, 80, true), PrintOptions.current());
        // set_printoptions(linewidth=100): precision stays, sci_mode goes back to None
        PrintOptions after = PrintOptions.set().linewidth(100).apply();
        assertEquals(new PrintOptions(2, 1000, 3, 100, null), after);
        assertSame(after, PrintOptions.current());
    }

    @Test
    void profileIsAppliedBeforeTheOtherOptions() {
        PrintOptions.set().linewidth(120).apply();
        PrintOptions o = PrintOptions.set().precision(6).profile("short").apply();
        assertEquals(new PrintOptions(6, 1000, 2, 80, null), o);
    }

    @Test
    void resetRestoresDefault() {
        PrintOptions.set().threshold(5).edgeitems(1).apply();
        PrintOptions.reset();
        assertSame(PrintOptions.DEFAULT, PrintOptions.current());
    }

    @Test
    void withers() {
        PrintOptions o = PrintOptions.DEFAULT.withPrecision(1).withThreshold(10).withEdgeitems(2)
                .withLinewidth(40).withSciMode(false);
        assertEquals(new PrintOptions(1, 10, 2, 40, false), o);
        assertNull(o.withSciMode(null).sciMode());
    }

    @Test
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> PrintOptions.DEFAULT.withPrecision(-1));
        assertThrows(IllegalArgumentException.class, () -> PrintOptions.DEFAULT.withEdgeitems(-1));
        assertThrows(IllegalArgumentException.class, () -> PrintOptions.DEFAULT.withThreshold(Double.NaN));
        assertThrows(NullPointerException.class, () -> PrintOptions.setCurrent(null));
    }

    @Test
    void reprUsesCurrentOptions() {
        TensorData t = ArrayTensorData.floats(1.125, 2.5);
        String before = TensorFormatter.repr(t, List.of());
        PrintOptions.set().precision(1).apply();
        String after = TensorFormatter.repr(t, List.of());
        assertEquals(TensorFormatter.repr(t, List.of(), PrintOptions.DEFAULT), before);
        assertEquals(TensorFormatter.repr(t, List.of(), PrintOptions.DEFAULT.withPrecision(1)), after);
        assertEquals("tensor([1.1250, 2.5000])", before);
        assertEquals("tensor([1.1, 2.5])", after);
    }
}
