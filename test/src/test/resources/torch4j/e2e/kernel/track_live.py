"""Runs cells on the torch4j kernel (a real jupyter_client) and prints, one per line, what each
cell sent: the message type, its display id and MIME types ('display_data torch4j-track-... image/png,text/plain'),
stream text as 'stream TEXT', errors as 'ERROR ename: evalue'. Cells come from argv[1], separated by lines '#cell'."""
import os
import sys
import jupyter_client

km, kc = jupyter_client.manager.start_new_kernel(kernel_name="torch4j", startup_timeout=120)
status = "ok"
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        cells = f.read().split("#cell\n")
    for cell in cells:
        out = []

        def hook(msg):
            kind, content = msg["msg_type"], msg["content"]
            if kind in ("display_data", "update_display_data", "execute_result"):
                display_id = content.get("transient", {}).get("display_id", "-")
                out.append("%s %s %s\n" % (kind, display_id, ",".join(sorted(content["data"]))))
            elif kind == "stream":
                out.append("stream %s" % content["text"])
            elif kind == "error":
                out.append("ERROR %s: %s\n" % (content["ename"], content["evalue"]))

        reply = kc.execute_interactive(cell, output_hook=hook, timeout=120)
        sys.stdout.write("".join(out) + "#end\n")
        if reply["content"]["status"] != "ok":
            status = "error"
finally:
    kc.stop_channels()
    km.shutdown_kernel(now=True)
sys.stdout.flush()
# os._exit: jupyter_client's finalizers log during interpreter shutdown and print tracebacks
os._exit(0 if status == "ok" else 1)
