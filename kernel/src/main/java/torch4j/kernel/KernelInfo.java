package torch4j.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The kernel_info_reply content: protocol 5.3, implementation torch4j, language Java (JShell syntax). */
final class KernelInfo {
    private KernelInfo() {}

    /** The kernel's version: the torch4j build's, or "dev" when run from classes. */
    static String version() {
        String v = KernelInfo.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    static JsonObject content() {
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.addProperty("protocol_version", Message.PROTOCOL_VERSION);
        c.addProperty("implementation", "torch4j");
        c.addProperty("implementation_version", version());
        JsonObject language = new JsonObject();
        language.addProperty("name", "java");
        language.addProperty("version", Runtime.version().toString());
        language.addProperty("mimetype", "text/x-java");
        language.addProperty("file_extension", ".jsh");
        language.addProperty("pygments_lexer", "java");
        language.addProperty("codemirror_mode", "text/x-java");
        c.add("language_info", language);
        c.addProperty("banner", "torch4j " + version() + " - PyTorch for Java (JShell " + Runtime.version().feature() + ")\n"
                + "Tensors, autograd and nn; randn(2, 3), display(obj), Shift-Tab for docs, Tab to complete.");
        c.addProperty("debugger", false);
        JsonArray links = new JsonArray();
        JsonObject pytorch = new JsonObject();
        pytorch.addProperty("text", "PyTorch documentation (the API torch4j follows)");
        pytorch.addProperty("url", "https://pytorch.org/docs/stable/");
        links.add(pytorch);
        JsonObject java = new JsonObject();
        java.addProperty("text", "Java SE API");
        java.addProperty("url", "https://docs.oracle.com/en/java/javase/" + Runtime.version().feature() + "/docs/api/");
        links.add(java);
        c.add("help_links", links);
        return c;
    }
}
