# socket.socketpair, select.select and selectors over it (what asyncio's
# self-pipe uses); IntEnum str() of the socket enums; module __getattr__.
import selectors
import select
import socket
import time

a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), a.proto, a.getblocking(), a.gettimeout())
print(select.select([a], [], [], 0))
print(b.send(b"hello"), select.select([a], [], [], 0)[0] == [a])
print(a.recv(3), a.recv(10))
a.setblocking(False)
print(a.getblocking(), a.gettimeout())
try:
    a.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
t = time.monotonic()
print(select.select([a], [], [], 0.03), time.monotonic() - t >= 0.025)
b.sendall(b"xy")
buf = bytearray(4)
print(a.recv_into(buf), buf)
with selectors.SelectSelector() as sel:
    sel.register(a, selectors.EVENT_READ, "data")
    print(sel.select(0))
    b.send(b"!")
    print([(k.fileobj is a, k.data, ev) for k, ev in sel.select(0.1)])
print(a.recv(1))
fd = a.fileno()
a.close()
b.close()
print(a.fileno(), fd >= 0, a._closed)
try:
    a.recv(1)
except OSError as e:
    print("closed:", e.errno)
from concurrent.futures import ThreadPoolExecutor
print(ThreadPoolExecutor.__name__)
