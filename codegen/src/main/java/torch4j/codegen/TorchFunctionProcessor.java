package torch4j.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes {@code torch4j.TensorFunctions}: for every {@code Tensor} method annotated
 * {@code @TorchFunction}, a static method of the same name whose first parameter is the tensor
 * ({@code input}, PyTorch's name) followed by the method's own parameters, calling the method.
 * {@code Torch} inherits the class, so each op is declared once (the method) and has both of
 * PyTorch's spellings with the same overloads, as {@code variants: function, method} in PyTorch's
 * native_functions.yaml. The generated class extends {@code TensorFactories}, the root of the chain
 * of static layers {@code Torch} inherits.
 *
 * <p>The processor checks what it is given: an annotated method must be a public instance method of
 * {@code torch4j.Tensor} or one of its superclasses; anything else is a compile error naming it.
 */
@SupportedAnnotationTypes(TorchFunctionProcessor.ANNOTATION)
public final class TorchFunctionProcessor extends AbstractProcessor {
    static final String ANNOTATION = "torch4j.TorchFunction";
    static final String PACKAGE = "torch4j";
    static final String CLASS = "TensorFunctions";
    static final String SUPERCLASS = "TensorFactories";

    private final List<ExecutableElement> methods = new ArrayList<>();
    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
        if (annotation != null) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (check(e)) methods.add((ExecutableElement) e);
            }
        }
        // all of Tensor's sources are in the first round; write once, when there is something to write
        if (!written && !methods.isEmpty()) {
            written = true;
            write();
        }
        return true;
    }

    private boolean check(Element e) {
        if (e.getKind() != ElementKind.METHOD) return error(e, "@TorchFunction marks methods only");
        Set<Modifier> mods = e.getModifiers();
        if (!mods.contains(Modifier.PUBLIC) || mods.contains(Modifier.STATIC)) {
            return error(e, "@TorchFunction needs a public instance method of Tensor: " + e);
        }
        TypeElement owner = (TypeElement) e.getEnclosingElement();
        TypeElement tensor = processingEnv.getElementUtils().getTypeElement(PACKAGE + ".Tensor");
        if (tensor == null || !processingEnv.getTypeUtils().isSubtype(tensor.asType(), processingEnv.getTypeUtils().erasure(owner.asType()))) {
            return error(e, "@TorchFunction on " + owner.getQualifiedName() + "." + e + ": only Tensor's methods have a torch.X twin");
        }
        return true;
    }

    private boolean error(Element e, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, e);
        return false;
    }

    private void write() {
        methods.sort(Comparator.comparing((ExecutableElement m) -> m.getSimpleName().toString())
                .thenComparing(m -> m.getParameters().size())
                .thenComparing(m -> signature(m)));
        StringBuilder out = new StringBuilder();
        out.append("package ").append(PACKAGE).append(";\n\n")
           .append("/**\n")
           .append(" * The {@code torch.X(input, ...)} spelling of each {@link Tensor} method declared with\n")
           .append(" * {@code @TorchFunction}: generated at build time by {@code torch4j.codegen.TorchFunctionProcessor}\n")
           .append(" * (do not edit; annotate the method instead). {@link Torch} inherits these.\n")
           .append(" */\n")
           .append("@javax.annotation.processing.Generated(\"torch4j.codegen.TorchFunctionProcessor\")\n")
           .append("public abstract class ").append(CLASS).append(" extends ").append(SUPERCLASS).append(" {\n")
           .append("    ").append(CLASS).append("() {}\n");
        for (ExecutableElement m : methods) out.append('\n').append(function(m));
        out.append("}\n");
        try (Writer w = processingEnv.getFiler().createSourceFile(PACKAGE + "." + CLASS, methods.stream()
                .map(m -> (TypeElement) m.getEnclosingElement()).distinct().toArray(Element[]::new)).openWriter()) {
            w.write(out.toString());
        } catch (IOException ex) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + CLASS + ": " + ex);
        }
    }

    /** The erased parameter types, as a {@code {@link}} target wants them. */
    private String signature(ExecutableElement m) {
        return m.getParameters().stream()
                .map(p -> processingEnv.getTypeUtils().erasure(p.asType()).toString())
                .collect(Collectors.joining(","));
    }

    private String function(ExecutableElement m) {
        String name = m.getSimpleName().toString();
        List<? extends VariableElement> params = m.getParameters();
        String self = params.stream().anyMatch(p -> p.getSimpleName().contentEquals("input")) ? "self" : "input";
        StringBuilder decl = new StringBuilder();
        List<String> formal = new ArrayList<>();
        formal.add("Tensor " + self);
        for (int i = 0; i < params.size(); i++) {
            VariableElement p = params.get(i);
            String type = p.asType().toString();
            if (m.isVarArgs() && i == params.size() - 1) type = type.substring(0, type.length() - 2) + "...";
            formal.add(type + " " + p.getSimpleName());
        }
        String args = params.stream().map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", "));
        String typeParams = m.getTypeParameters().isEmpty() ? "" : m.getTypeParameters().stream()
                .map(this::typeParameter).collect(Collectors.joining(", ", "<", "> "));
        String thrown = m.getThrownTypes().isEmpty() ? "" : m.getThrownTypes().stream()
                .map(TypeMirror::toString).collect(Collectors.joining(", ", " throws ", ""));
        String ret = m.getReturnType().toString();
        String call = self + "." + name + "(" + args + ")";
        decl.append("    /** {@code torch.").append(pythonName(name)).append("}: the function form of {@link Tensor#")
            .append(name).append('(').append(signature(m)).append(")}. */\n")
            .append("    public static ").append(typeParams).append(ret).append(' ').append(name)
            .append('(').append(String.join(", ", formal)).append(')').append(thrown).append(" { ")
            .append("void".equals(ret) ? "" : "return ").append(call).append("; }\n");
        return decl.toString();
    }

    private String typeParameter(TypeParameterElement t) {
        List<String> bounds = t.getBounds().stream().map(TypeMirror::toString)
                .filter(b -> !b.equals("java.lang.Object")).toList();
        return t.getSimpleName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds));
    }

    /** {@code logSoftmax} -> {@code log_softmax}, {@code nanToNum_} -> {@code nan_to_num_}. */
    static String pythonName(String java) {
        StringBuilder s = new StringBuilder();
        for (char c : java.toCharArray()) {
            if (Character.isUpperCase(c)) s.append('_').append(Character.toLowerCase(c));
            else s.append(c);
        }
        return s.toString();
    }
}
