"""The torch4j kernel survives its user, driven by jupyter_client as a notebook server would.

Exceptions, StackOverflowError, OutOfMemoryError, an endless loop (interrupted by message and
by SIGINT), System.exit: after each, the kernel answers the next cell; a restart starts afresh. Also: System.in through
input_request, display/updateDisplay, output streamed as printed, and a mis-signed message
dropped without an answer.
"""
import signal
import time
import unittest
from queue import Empty

from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session


class KernelRobustness(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="torch4j", startup_timeout=60)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=False)

    def run_cell(self, code, timeout=60, during=None, allow_stdin=False):
        """Runs code; `during(msg_id)` runs once the cell has started. Returns (reply, iopub messages)."""
        msg_id = self.kc.execute(code, allow_stdin=allow_stdin, stop_on_error=False)
        if during:
            during(msg_id)
        reply = self.kc.get_shell_msg(timeout=timeout)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=timeout)
        out = []
        while True:
            m = self.kc.get_iopub_msg(timeout=timeout)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            out.append(m)
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                return reply, out

    def assert_alive(self):
        reply, out = self.run_cell("40 + 2")
        self.assertEqual(reply["content"]["status"], "ok")
        results = [m for m in out if m["msg_type"] == "execute_result"]
        self.assertEqual(results[0]["content"]["data"]["text/plain"], "42")

    def error_of(self, code, **kw):
        reply, out = self.run_cell(code, **kw)
        self.assertEqual(reply["content"]["status"], "error", reply["content"])
        errors = [m for m in out if m["msg_type"] == "error"]
        self.assertEqual(len(errors), 1)
        return reply["content"]

    def test_exception_shows_a_readable_traceback(self):
        err = self.error_of('int f(int n) { return 10 / n; }\nf(0)')
        self.assertEqual(err["ename"], "java.lang.ArithmeticException")
        self.assertIn("/ by zero", "\n".join(err["traceback"]))
        self.assert_alive()

    def test_stack_overflow(self):
        err = self.error_of("int deep(int n) { return deep(n + 1) + 1; }\ndeep(0)")
        self.assertIn("StackOverflowError", err["ename"])
        self.assert_alive()

    def test_out_of_memory(self):
        err = self.error_of("var big = new long[Integer.MAX_VALUE - 16];")
        self.assertIn("OutOfMemoryError", err["ename"])
        self.assert_alive()

    def test_endless_loop_interrupted_by_message(self):
        self.error_of("while (true) { }", during=lambda _: (time.sleep(1.0), self.km.interrupt_kernel()))
        self.assert_alive()

    def test_endless_loop_interrupted_by_sigint(self):
        self.error_of("long n = 0; while (true) { n++; }",
                      during=lambda _: (time.sleep(1.0), self.km.signal_kernel(signal.SIGINT)))
        self.assert_alive()

    def test_restart_gives_a_fresh_session(self):
        self.run_cell("int remembered = 7;")
        self.km.restart_kernel(now=False)
        self.kc.wait_for_ready(timeout=60)
        err = self.error_of("remembered")
        self.assertIn("cannot find symbol", "\n".join(err["traceback"]))
        self.assert_alive()

    def test_system_exit_does_not_end_the_kernel(self):
        self.run_cell("System.exit(3);")
        self.assertTrue(self.km.is_alive())
        self.assert_alive()

    def test_system_in_asks_the_client(self):
        def answer(_):
            req = self.kc.get_stdin_msg(timeout=30)
            self.assertEqual(req["msg_type"], "input_request")
            self.assertEqual(req["content"]["prompt"], "Your name? ")
            self.kc.input("Ada")

        reply, out = self.run_cell(
            'System.out.print("Your name? ");\n'
            'var name = new java.util.Scanner(System.in).nextLine();\n'
            '"hello " + name', during=answer, allow_stdin=True)
        self.assertEqual(reply["content"]["status"], "ok")
        result = [m for m in out if m["msg_type"] == "execute_result"][0]
        self.assertEqual(result["content"]["data"]["text/plain"], '"hello Ada"')

    def test_display_then_update_in_place(self):
        reply, out = self.run_cell('display(ones(1), "loss");\nupdateDisplay("loss", zeros(1));')
        self.assertEqual(reply["content"]["status"], "ok")
        shown = [m for m in out if m["msg_type"] == "display_data"]
        updated = [m for m in out if m["msg_type"] == "update_display_data"]
        self.assertEqual(shown[0]["content"]["transient"]["display_id"], "loss")
        self.assertEqual(updated[0]["content"]["transient"]["display_id"], "loss")
        self.assertIn("tensor([0.])", updated[0]["content"]["data"]["text/plain"])

    def test_output_is_streamed_as_printed(self):
        reply, out = self.run_cell(
            'for (int i = 0; i < 3; i++) { System.out.println("tick " + i); Thread.sleep(400); }')
        ticks = [m for m in out if m["msg_type"] == "stream"]
        self.assertEqual("".join(m["content"]["text"] for m in ticks), "tick 0\ntick 1\ntick 2\n")
        self.assertGreaterEqual(len(ticks), 3, "each line should arrive while the loop still runs")

    def test_mis_signed_message_is_dropped(self):
        forger = Session(key=b"not-the-kernel-key", signature_scheme="hmac-sha256")
        forged = forger.msg("execute_request", {
            "code": "System.out.println(\"forged\")", "silent": False, "store_history": True,
            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        forger.send(self.kc.shell_channel.socket, forged)
        with self.assertRaises(Empty):
            while True:
                m = self.kc.get_shell_msg(timeout=2)
                if m["parent_header"].get("msg_id") == forged["header"]["msg_id"]:
                    break
        self.assert_alive()


if __name__ == "__main__":
    unittest.main()
