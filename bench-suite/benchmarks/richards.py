"""richards: Martin Richards' operating-system task scheduler simulation.

Six tasks (idle, worker, two handlers, two devices) exchange packets under a
priority scheduler.  One simulation with the idle task counting down from
10000 queues exactly 23246 packets and holds tasks 9297 times; SIZE is the
number of complete simulations.
"""

NAME = "richards"
SIZES = {"smoke": 1, "default": 12}

BUFFER_SIZE = 4

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Append self at the end of the queue starting at `queue`."""
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, pending, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = pending
        self.waiting = waiting
        self.holding = False
        self.link = scheduler.task_list
        scheduler.task_list = self
        scheduler.tasks[ident] = self

    def is_held_or_waiting(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.waiting and not self.holding

    def step(self):
        packet = None
        if self.is_waiting_with_packet():
            packet = self.queue
            self.queue = packet.link
            self.waiting = False
            self.packet_pending = self.queue is not None
        return self.fn(packet)

    # Kernel calls made by task bodies; each returns the next task to run.
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.scheduler.tasks[ident]
        task.holding = False
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        """Queue `packet` on the task named by packet.ident."""
        target = self.scheduler.tasks[packet.ident]
        self.scheduler.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        if target.queue is None:
            target.queue = packet
            target.packet_pending = True
            if target.priority > self.priority:
                return target
        else:
            target.queue = packet.append_to(target.queue)
        return self


class IdleTask(Task):
    def __init__(self, scheduler, count):
        Task.__init__(self, scheduler, ID_IDLE, 0, None, False, False)
        self.control = 1
        self.count = count

    def fn(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(ID_DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(ID_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        Task.__init__(self, scheduler, ID_WORKER, 1000, queue, True, True)
        self.destination = ID_HANDLER_A
        self.count = 0

    def fn(self, packet):
        if packet is None:
            return self.wait()
        if self.destination == ID_HANDLER_A:
            self.destination = ID_HANDLER_B
        else:
            self.destination = ID_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = ord("A") + self.count - 1
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue, True, True)
        self.work_queue = None
        self.device_queue = None

    def fn(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            index = work.datum
            if index < BUFFER_SIZE:
                device = self.device_queue
                if device is not None:
                    self.device_queue = device.link
                    device.datum = work.data[index]
                    work.datum = index + 1
                    return self.send(device)
            else:
                self.work_queue = work.link
                return self.send(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None, False, True)
        self.pending = None

    def fn(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.wait()
            self.pending = None
            return self.send(pending)
        self.pending = packet
        return self.hold()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.tasks = [None] * TASK_COUNT
        self.queue_count = 0
        self.hold_count = 0

    def setup(self, count):
        IdleTask(self, count)
        queue = Packet(None, ID_WORKER, KIND_WORK)
        queue = Packet(queue, ID_WORKER, KIND_WORK)
        WorkerTask(self, queue)
        for ident, device, priority in ((ID_HANDLER_A, ID_DEVICE_A, 2000),
                                        (ID_HANDLER_B, ID_DEVICE_B, 3000)):
            queue = None
            for _ in range(3):
                queue = Packet(queue, device, KIND_DEVICE)
            HandlerTask(self, ident, priority, queue)
        DeviceTask(self, ID_DEVICE_A, 4000)
        DeviceTask(self, ID_DEVICE_B, 5000)

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.is_held_or_waiting():
                task = task.link
            else:
                task = task.step()


def run(size):
    results = []
    for _ in range(size):
        scheduler = Scheduler()
        scheduler.setup(10000)
        scheduler.schedule()
        results.append((scheduler.queue_count, scheduler.hold_count))
    return results


def check(size, result):
    if len(result) != size:
        return "expected %d simulations, got %d" % (size, len(result))
    for counts in result:
        if counts != (23246, 9297):
            return "queue/hold counts %r, expected (23246, 9297)" % (counts,)
    return None


if __name__ == "__main__":
    import _harness
    _harness.main(NAME, SIZES, run, check)
