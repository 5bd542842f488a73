package torch4j.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistoryTest {
    @Test
    void tailRangeAndGlobSearch() {
        History h = new History();
        h.add(1, "var x = 1", null);
        h.add(2, "x + 1", "2");
        h.add(3, "x + 1", "2");
        h.add(4, "print(x)", null);
        assertEquals(2, h.tail(2, false).size());
        assertEquals(3, h.tail(2, false).get(0).getAsJsonArray().get(1).getAsInt());
        assertEquals(2, h.range(2, 4, false).size());
        assertEquals(2, h.search("x*", 0, false, false).size());
        assertEquals(1, h.search("x*", 0, true, false).size());
        assertEquals(3, h.search("*x*", 0, true, false).size());
        assertEquals(1, h.search("x*", 1, false, false).size());
        assertEquals(1, h.search("print(?)", 0, false, false).size());
        assertEquals("2", h.tail(2, true).get(0).getAsJsonArray().get(2).getAsJsonArray().get(1).getAsString());
    }
}
