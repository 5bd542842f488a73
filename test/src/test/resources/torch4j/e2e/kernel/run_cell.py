"""Runs one file as one cell on the torch4j kernel (a real jupyter_client) and prints the cell's
stream output; an error is printed as 'ERROR ename: evalue' and the exit status is 1."""
import os
import sys
import jupyter_client

km, kc = jupyter_client.manager.start_new_kernel(kernel_name="torch4j", startup_timeout=120)
try:
    out = []

    def hook(msg):
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream":
            out.append(content["text"])
        elif kind == "error":
            out.append("ERROR %s: %s\n" % (content["ename"], content["evalue"]))

    with open(sys.argv[1], encoding="utf-8") as f:
        reply = kc.execute_interactive(f.read(), output_hook=hook, timeout=120)
    sys.stdout.write("".join(out))
    status = reply["content"]["status"]
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
sys.stdout.flush()
# os._exit: jupyter_client's finalizers log during interpreter shutdown and print tracebacks
os._exit(0 if status == "ok" else 1)
