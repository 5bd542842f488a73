"""Interrupts reach the right cell of the torch4j kernel, driven by jupyter_client.

An endless loop is interrupted 0 s, 10 ms, 100 ms and 1 s after its execute_request, by
interrupt_request (the kernelspec's interrupt_mode) and by SIGINT: the reply is an "Interrupted"
error within STOP_WITHIN seconds and the next cell runs. The first moments of a cell are the
hard part: JShell is still compiling it, and at 0 s the interrupt (sent on control) may even
reach the kernel before the cell (sent on shell). An interrupt between cells stops nothing.
Prints the interrupt-to-reply times.
"""
import signal
import time
import unittest
from queue import Empty

from jupyter_client.manager import start_new_kernel

DELAYS = (0, 0.01, 0.1, 1.0)
STOP_WITHIN = 10.0   # seconds from the interrupt to the error reply: a compile on a busy machine, with room
LOOPS = ("while (true) { }", "long n = 0;\nfor (;;) n = n + 1;")


class KernelInterrupt(unittest.TestCase):
    measured = []

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="torch4j", startup_timeout=120)

    @classmethod
    def tearDownClass(cls):
        for line in cls.measured:
            print("interrupt_ms", line, flush=True)
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def reply_to(self, msg_id, timeout):
        deadline = time.monotonic() + timeout
        while True:
            m = self.kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
            if m["parent_header"].get("msg_id") == msg_id:
                return m

    def run_cell(self, code, timeout=60):
        """Runs code to its reply and idle status; returns (reply, iopub messages of the cell)."""
        msg_id = self.kc.execute(code, stop_on_error=False)
        reply = self.reply_to(msg_id, timeout)
        out = []
        while True:
            m = self.kc.get_iopub_msg(timeout=timeout)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            out.append(m)
            if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                return reply, out

    def assert_runs_normally(self):
        reply, out = self.run_cell("40 + 2")
        self.assertEqual(reply["content"]["status"], "ok", reply["content"])
        results = [m for m in out if m["msg_type"] == "execute_result"]
        self.assertEqual(results[0]["content"]["data"]["text/plain"], "42")

    def interrupt(self, how):
        if how == "message":
            self.km.interrupt_kernel()
        else:
            self.km.signal_kernel(signal.SIGINT)

    def interrupt_loop(self, how, delay, code):
        msg_id = self.kc.execute(code, stop_on_error=False)
        if delay:
            time.sleep(delay)
        start = time.monotonic()
        self.interrupt(how)
        try:
            reply = self.reply_to(msg_id, STOP_WITHIN)
        except Empty:
            for _ in range(20):   # the loop runs on: stop it, so the other cases can run
                self.interrupt(how)
                try:
                    self.reply_to(msg_id, 1.0)
                    break
                except Empty:
                    pass
            self.fail(f"the {how} interrupt {delay} s after the cell was lost: no reply within {STOP_WITHIN} s")
        took_ms = (time.monotonic() - start) * 1000
        self.assertEqual(reply["content"]["status"], "error", reply["content"])
        self.assertEqual(reply["content"]["ename"], "Interrupted", reply["content"])
        self.measured.append(f"{how} delay={delay * 1000:g}ms took={took_ms:.0f}")
        self.assert_runs_normally()

    def test_interrupt_request_at_each_delay(self):
        for i, delay in enumerate(DELAYS):
            with self.subTest(delay=delay):
                self.interrupt_loop("message", delay, LOOPS[i % 2])

    def test_sigint_at_each_delay(self):
        for i, delay in enumerate(DELAYS):
            with self.subTest(delay=delay):
                self.interrupt_loop("sigint", delay, LOOPS[(i + 1) % 2])

    def test_interrupt_between_cells_stops_nothing(self):
        self.assert_runs_normally()
        # by message, waiting for its reply: the kernel has it before the next cell is sent
        request = self.kc.session.msg("interrupt_request", {})
        self.kc.control_channel.send(request)
        reply = self.kc.get_control_msg(timeout=30)
        while reply["parent_header"].get("msg_id") != request["header"]["msg_id"]:
            reply = self.kc.get_control_msg(timeout=30)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assert_runs_normally()
        # by SIGINT
        self.interrupt("sigint")
        time.sleep(0.5)
        self.assert_runs_normally()


if __name__ == "__main__":
    unittest.main()
