package torch4j.render;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import torch4j.Torch;

class TensorHtmlTest {
    @Test void cardShowsMetadataAndEscapedRepr() {
        var x = Torch.tensor(new double[] {1, 2}).requiresGrad_();
        String html = TensorHtml.render(x.mul(2));
        assertTrue(html.contains("shape (2,)"), html);
        assertTrue(html.contains("dtype torch.float32"));
        assertTrue(html.contains("device cpu"));
        assertTrue(html.contains("strides (1,)"));
        assertTrue(html.contains("grad_fn &lt;MulBackward0&gt;"));
        assertTrue(html.contains("<pre style=\"margin:0\">tensor([2., 4.], grad_fn=&lt;MulBackward0&gt;)</pre>"), html);
        assertFalse(html.contains("<MulBackward0>"));
        assertTrue(TensorHtml.render(x).contains("requires_grad True"));
        String scalar = TensorHtml.render(Torch.tensor(3L));
        assertTrue(scalar.contains("shape ()") && scalar.contains("strides ()") && scalar.contains("torch.int64"));
        assertEquals("a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39;", Html.escape("a & <b> \"c\" 'd'"));
    }
}
