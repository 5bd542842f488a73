package torch4j;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a {@link Tensor} method's op also has PyTorch's function spelling: for
 * {@code @TorchFunction public Tensor hypot(Tensor other)} the build generates
 * {@code Torch.hypot(Tensor input, Tensor other)}, which calls the method. This is PyTorch's
 * {@code variants: function, method} of native_functions.yaml: one declaration, both spellings,
 * with the same overloads, so the two lists cannot drift (the annotation processor in the
 * {@code codegen} module writes {@code TensorFunctions}, which {@link Torch} inherits).
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.METHOD)
@interface TorchFunction {}
