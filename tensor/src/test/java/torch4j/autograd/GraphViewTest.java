package torch4j.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static torch4j.Torch.*;

import org.junit.jupiter.api.Test;
import torch4j.Tensor;

class GraphViewTest {
    @Test void textTreeBeforeAndAfterBackward() {
        Tensor x = tensor(1.0, 2.0).requiresGrad_();
        Tensor out = x.add(2).pow(2).mul(x).mean();
        System.out.println(GraphView.render(out));
        assertEquals("""
                MeanBackward0 []  #0
                └─ MulBackward0 [2]  #1
                   ├─ PowBackward0 [2]  #2
                   │  └─ AddBackward0 [2]  #3
                   │     ├─ AccumulateGrad [2]  #4
                   │     └─ None
                   └─ AccumulateGrad (see #4)""", GraphView.render(out));
        out.backward();
        assertEquals("""
                MeanBackward0 []  #0
                └─ MulBackward0 [2]  #1
                   ├─ PowBackward0 [2]  #2
                   │  └─ AddBackward0 [2]  #3
                   │     ├─ AccumulateGrad [2]  #4
                   │     │     grad: tensor([ 7.5000, 16.0000])
                   │     └─ None
                   └─ AccumulateGrad (see #4)""", GraphView.render(out));
        assertEquals("(no graph: the tensor does not require grad)", GraphView.render(ones(2)));
    }

    @Test void structuredGraph() {
        Tensor x = tensor(1.0, 2.0).requiresGrad_();
        Tensor y = x.mul(3).sum();
        GraphView.Graph g = GraphView.of(y);
        assertEquals(3, g.nodes().size());
        assertEquals("SumBackward0", g.nodes().get(0).name());
        assertEquals("tensor(9., grad_fn=<SumBackward0>)", g.nodes().get(0).value());
        assertEquals("MulBackward0", g.nodes().get(1).name());
        assertArrayEquals(new long[]{2}, g.nodes().get(1).shape());
        assertEquals("AccumulateGrad", g.nodes().get(2).name());
        assertEquals("tensor([1., 2.], requires_grad=True)", g.nodes().get(2).value());
        assertNull(g.nodes().get(2).grad());
        assertEquals(java.util.List.of(new GraphView.GraphEdge(0, 1, 0), new GraphView.GraphEdge(1, 2, 0)), g.edges());
        y.backward();
        assertEquals("tensor([3., 3.])", GraphView.of(y).nodes().get(2).grad());
    }
}
