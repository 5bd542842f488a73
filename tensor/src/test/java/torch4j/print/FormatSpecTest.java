package torch4j.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.DType;
import torch4j.Torch;

/**
 * Python's {@code format(value, spec)}, an f-string's field: the table replays what CPython and
 * PyTorch 1.13 printed (gen_format_spec.py) for floats, ints, bools, strings and 0-dim tensors.
 */
class FormatSpecTest {

    @Test
    void matchesCPythonTable() {
        JsonArray rows = GoldenPrintTest.load("format_spec_cases.json").getAsJsonArray("rows");
        assertTrue(rows.size() > 1000, "rows: " + rows.size());
        List<String> wrong = new ArrayList<>();
        for (JsonElement e : rows) {
            JsonArray r = e.getAsJsonArray();
            String kind = r.get(0).getAsString(), v = r.get(1).getAsString(), spec = r.get(2).getAsString();
            Object value = switch (kind) {
                case "float" -> GoldenPrintTest.fromHex(v);
                case "int" -> Long.parseLong(v);
                case "bool" -> Boolean.parseBoolean(v.toLowerCase());
                case "str" -> v;
                case "tensor_bool" -> Torch.tensor(Boolean.parseBoolean(v.toLowerCase()));
                case "tensor_int64" -> Torch.tensor(Long.parseLong(v));
                default -> Torch.tensor(Double.parseDouble(v), DType.valueOf(kind.substring(7).toUpperCase()));
            };
            String got = FormatSpec.format(value, spec);
            if (!r.get(3).getAsString().equals(got)) wrong.add(r + " got " + got);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void strIsPythonsStr() {
        assertEquals("True", FormatSpec.str(true));
        assertEquals("1e-05", FormatSpec.str(1e-5));
        assertEquals("0.1", FormatSpec.str(0.1));
        assertEquals("None", FormatSpec.str(null));
        assertEquals("tensor(2.5000)", FormatSpec.str(Torch.tensor(2.5)));
    }

    @Test
    void aTensorWithElementsTakesNoSpec() {
        var e = assertThrows(IllegalArgumentException.class, () -> FormatSpec.format(Torch.ones(2), ".2f"));
        assertEquals("unsupported format string passed to Tensor.__format__", e.getMessage());
        assertEquals("tensor([1., 1.])", FormatSpec.format(Torch.ones(2), ""));
    }

    @Test
    void badSpecsFailAsPython() {
        assertEquals("Unknown format code 'd' for object of type 'float'",
                assertThrows(IllegalArgumentException.class, () -> FormatSpec.format(1.5, "d")).getMessage());
        assertEquals("Precision not allowed in integer format specifier",
                assertThrows(IllegalArgumentException.class, () -> FormatSpec.format(3L, ".2d")).getMessage());
    }
}
