package torch4j.nn;

import static org.junit.jupiter.api.Assertions.*;
import static torch4j.Torch.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import torch4j.Tensor;

/** Sequential, ModuleList and ModuleDict behave as PyTorch's containers (indexing, slicing, names). */
class ContainerTest {
    @Test void sequentialIndexingSlicingIteration() {
        Linear a = new Linear(1, 4), c = new Linear(4, 1);
        ReLU b = new ReLU();
        Sequential seq = new Sequential(a, b, c);
        assertEquals(3, seq.size());
        Linear first = seq.get(0);
        assertSame(a, first);
        assertSame(c, seq.get(-1));
        var e = assertThrows(IndexOutOfBoundsException.class, () -> seq.get(3));
        assertEquals("index 3 is out of range", e.getMessage());
        Sequential tail = seq.slice(1, 3);
        assertEquals(List.of("1", "2"), List.copyOf(tail.namedChildren().keySet()));   // slices keep the names, as PyTorch
        assertEquals(List.of("0", "2"), List.copyOf(seq.slice(0, 10, 2).namedChildren().keySet()));
        List<Module> seen = new ArrayList<>();
        for (Module m : seq) seen.add(m);
        assertEquals(List.of(a, b, c), seen);
        Tensor x = randn(5, 1);
        assertTrue(seq.call(x).equal(c.call(b.call(a.call(x)))));
        seq.append(new Sigmoid());
        assertEquals("Sigmoid", seq.get(3).getName());
        seq.set(1, new Tanh());
        assertEquals(List.of("0", "1", "2", "3"), List.copyOf(seq.namedChildren().keySet()));
        assertEquals("Tanh", seq.get(1).getName());
    }

    @Test void sequentialFromAnOrderedMap() {
        var layers = new LinkedHashMap<String, Module>();
        layers.put("hidden", new Linear(2, 3));
        layers.put("act", new ReLU());
        Sequential seq = new Sequential(layers);
        assertEquals(List.of("hidden.weight", "hidden.bias"), List.copyOf(seq.stateDict().keySet()));
        assertEquals("Sequential(\n  (hidden): Linear(in_features=2, out_features=3, bias=True)\n  (act): ReLU()\n)", seq.toString());
    }

    @Test void moduleListAndDict() {
        ModuleList list = new ModuleList(new Linear(2, 2), new Linear(2, 2));
        list.append(new ReLU());
        list.insert(0, new Tanh());
        assertEquals(4, list.size());
        assertEquals("Tanh", list.get(0).getName());
        assertEquals(List.of("1.weight", "1.bias", "2.weight", "2.bias"), List.copyOf(list.stateDict().keySet()));
        assertEquals(2, list.slice(1, 3).size());
        assertEquals("Module [ModuleList] is missing the required \"forward\" function",
                assertThrows(UnsupportedOperationException.class, () -> list.call(ones(2))).getMessage());
        ModuleDict dict = new ModuleDict();
        dict.put("b", new Linear(1, 1));
        dict.put("a", new ReLU());
        assertEquals(List.of("b", "a"), dict.keys());
        assertTrue(dict.contains("a"));
        assertEquals("ReLU", dict.pop("a").getName());
        assertEquals(List.of("b.weight", "b.bias"), List.copyOf(dict.stateDict().keySet()));
    }

    @Test void freezingAndNamedParametersWithoutRecursion() {
        Sequential seq = new Sequential(new Linear(2, 2), new Linear(2, 1));
        seq.get(0).requiresGrad_(false);
        seq.call(ones(1, 2)).sum().backward();
        Linear first = seq.get(0), second = seq.get(1);
        assertNull(first.weight.grad());
        assertNotNull(second.weight.grad());
        assertTrue(seq.namedParameters(false).isEmpty());
        assertEquals(List.of("weight", "bias"), List.copyOf(first.namedParameters(false).keySet()));
    }

    @Test void buffersFollowDtypeConversionAndNonPersistentOnesAreNotSaved() {
        Module m = new Module();
        m.registerBuffer("running", zeros(2));
        m.registerBuffer("scratch", zeros(2), false);
        m.registerBuffer("steps", tensor(3L));
        assertEquals(List.of("running", "steps"), List.copyOf(m.stateDict().keySet()));
        assertEquals(List.of("running", "scratch", "steps"), List.copyOf(m.namedBuffers().keySet()));
        m.to(float64);
        assertEquals(float64, m.getBuffer("running").dtype());
        assertEquals(int64, m.getBuffer("steps").dtype());
        assertEquals("nn.Module.to only accepts floating point or complex dtypes, but got desired dtype=torch.int64",
                assertThrows(IllegalArgumentException.class, () -> m.to(int64)).getMessage());
    }
}
