"""A client that starts the torch4j kernel, sets it looping, and waits to be killed.

Prints "KERNEL_PID <pid>" once the kernel runs an endless loop; the test then SIGKILLs this
process (nothing shuts the kernel down) and watches the kernel end on its own.
"""
import sys
import time

from jupyter_client.manager import start_new_kernel

km, kc = start_new_kernel(kernel_name="torch4j", startup_timeout=120)
msg_id = kc.execute("long n = 0;\nfor (;;) n = n + 1;")
while True:
    m = kc.get_iopub_msg(timeout=120)
    if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "execute_input":
        break
time.sleep(1.0)  # the loop has started to spin
print("KERNEL_PID", km.provisioner.pid, flush=True)
time.sleep(600)
sys.exit("not killed")
