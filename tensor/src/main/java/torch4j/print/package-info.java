/**
 * PyTorch-identical printing of tensors, following {@code torch/_tensor_str.py} character for
 * character: {@link torch4j.print.TensorFormatter} (the repr), {@link torch4j.print.PrintOptions}
 * ({@code torch.set_printoptions}), {@link torch4j.print.PyFormat} (Python's float formats), and
 * {@link torch4j.print.TensorData}, the view of a tensor the printer reads.
 *
 * <pre>{@code
 * jshell> PrintOptions.set().precision(2).apply();
 * jshell> TensorFormatter.repr(data, List.of("grad_fn=<AddBackward0>"))
 * $2 ==> "tensor([1.12, 2.00], grad_fn=<AddBackward0>)"
 * }</pre>
 */
package torch4j.print;
