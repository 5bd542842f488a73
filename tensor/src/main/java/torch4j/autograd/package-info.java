/**
 * Autograd as in PyTorch: ops on tensors that require grad record a graph of {@link
 * torch4j.autograd.Node}s ({@code grad_fn}) with PyTorch 1.13's node names, and backward runs it.
 *
 * <pre>{@code
 * jshell> var x = randn(2, 2).requiresGrad_()
 * jshell> var out = x.add(2).pow(2).mul(3).mean()
 * out ==> tensor(14.9694, grad_fn=<MeanBackward0>)
 * jshell> out.gradFn().nextFunctions()
 * $3 ==> [(MulBackward0, 0)]
 * jshell> out.backward(); x.grad()
 * $4 ==> tensor([[3.5050, 3.1932],
 *                [3.3517, 3.3455]])
 * jshell> System.out.println(GraphView.render(out))
 * }</pre>
 *
 * <ul>
 *   <li>Recording costs one field read per input when no input requires grad; each op's backward
 *   formula sits next to its forward (the {@code Unary}/{@code Binary} records, and one
 *   {@code record(...)} call per structural op), written in tensor ops so {@code createGraph}
 *   gives higher derivatives.</li>
 *   <li>The engine runs nodes when all their gradients have arrived (dependency
 *   counts), later-created first; leaves accumulate into {@code .grad} through
 *   {@link torch4j.autograd.AccumulateGrad}.</li>
 *   <li>Saved tensors remember their storage version ({@link torch4j.autograd.SavedTensor}); in-place
 *   writes after saving, and a second backward without {@code retainGraph}, fail with PyTorch's
 *   messages. In-place ops rebase the tensor's {@code grad_fn}; through a view they go through
 *   {@code CopySlices} on the base.</li>
 *   <li>{@link torch4j.autograd.GradMode} scopes ({@code Torch.noGrad()}, {@code enableGrad()},
 *   {@code setGradEnabled(b)}, {@code inferenceMode()}, {@code detectAnomaly()}),
 *   {@link torch4j.autograd.Autograd#grad} ({@code torch.autograd.grad}),
 *   {@link torch4j.autograd.GradCheck} (finite differences), {@link torch4j.autograd.GraphView}
 *   (the graph as text or as nodes and edges).</li>
 *   <li>Custom Functions ({@link torch4j.autograd.Autograd.Function}, {@code torch.autograd.Function}):
 *   a hand-written forward and backward whose {@link torch4j.autograd.FunctionCtx} is the node.</li>
 * </ul>
 */
package torch4j.autograd;
