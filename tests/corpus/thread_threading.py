# threading on top of _thread with one thread: locks, conditions, events, locals (no thread is started:
# Taipan cannot run a second thread yet).
import threading

print(type(threading.Lock()).__name__, type(threading.RLock()).__name__, threading.current_thread().name)
print(threading.main_thread() is threading.current_thread(), threading.active_count(), len(threading.enumerate()))
print(threading.get_ident() == threading.current_thread().ident, threading.current_thread().daemon)
lock = threading.Lock()
with lock:
    print(lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
print(lock.locked())
r = threading.RLock()
with r:
    with r:
        print("nested RLock")
loc = threading.local()
loc.value = 42
print(loc.value, getattr(loc, "missing", None))
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait())
cond = threading.Condition()
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: True))
    cond.notify_all()
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.01))
bsem = threading.BoundedSemaphore(1)
bsem.acquire()
bsem.release()
try:
    bsem.release()
except ValueError as e:
    print(e)
t = threading.Thread(target=print, args=("never",), name="worker")
print(t.name, t.is_alive(), t.daemon, t.ident)
print(threading.TIMEOUT_MAX > 0, threading.ThreadError is RuntimeError, threading.active_count())
b = threading.Barrier(1)
print(b.wait(), b.parties)
bsem.release()
