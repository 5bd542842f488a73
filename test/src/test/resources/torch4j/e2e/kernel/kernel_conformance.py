"""jupyter_kernel_test's KernelTests against the torch4j kernel (kernelspec found on JUPYTER_PATH)."""
import unittest

import jupyter_kernel_test


class Torch4jKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "torch4j"
    language_name = "java"
    file_extension = ".jsh"

    code_hello_world = 'System.out.println("hello, world")'
    code_stderr = 'System.err.println("oops")'
    code_generate_error = "int zero = 0; int boom = 1 / zero;"
    code_execute_result = [
        {"code": "1 + 2", "result": "3"},
        {"code": "manualSeed(0); randn(2)", "result": "tensor([ 1.5410, -0.2934])"},
        {"code": "ones(2, 2)", "mime": "text/html"},
    ]
    code_display_data = [
        {"code": "display(ones(2))", "mime": "text/plain"},
        {"code": "display(ones(2))", "mime": "text/html"},
    ]
    completion_samples = [
        {"text": "System.out.printl", "matches": {"println("}},
        {"text": "System.currentTimeMil", "matches": {"currentTimeMillis()"}},
    ]
    complete_code_samples = ["1 + 1", "int x = 1;", "for (int i = 0; i < 3; i++) { }"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "void f() {", 'String s = """']
    invalid_code_samples = ["1 +* 2 )"]
    code_inspect_sample = "Math.abs"
    code_page_something = "Math.abs?"
    code_clear_output = "clearOutput()"
    supported_history_operations = ("tail", "range", "search")
    code_history_pattern = "1 + *"


if __name__ == "__main__":
    unittest.main()
