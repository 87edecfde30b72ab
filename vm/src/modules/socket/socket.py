# `_socket` (application level; natives `_pair`, `_recv`, `_send`, `_setblocking`,
# `_ready`, `_close` are added by modules/socket/mod.rs). Constants: Linux values.
AF_ALG = 38; AF_APPLETALK = 5; AF_ASH = 18; AF_ATMPVC = 8; AF_ATMSVC = 20; AF_AX25 = 3
AF_BRIDGE = 7; AF_CAN = 29; AF_DECnet = 12; AF_ECONET = 19; AF_INET = 2; AF_INET6 = 10
AF_IPX = 4; AF_IRDA = 23; AF_KEY = 15; AF_LLC = 26; AF_NETBEUI = 13; AF_NETLINK = 16
AF_NETROM = 6; AF_PACKET = 17; AF_PPPOX = 24; AF_QIPCRTR = 42; AF_RDS = 21; AF_ROSE = 11
AF_ROUTE = 16; AF_SECURITY = 14; AF_SNA = 22; AF_TIPC = 30; AF_UNIX = 1; AF_UNSPEC = 0
AF_VSOCK = 40; AF_WANPIPE = 25; AF_X25 = 9; AI_ADDRCONFIG = 32; AI_ALL = 16
AI_CANONNAME = 2; AI_NUMERICHOST = 4; AI_NUMERICSERV = 1024; AI_PASSIVE = 1
AI_V4MAPPED = 8; EAI_ADDRFAMILY = -9; EAI_AGAIN = -3; EAI_BADFLAGS = -1; EAI_FAIL = -4
EAI_FAMILY = -6; EAI_MEMORY = -10; EAI_NODATA = -5; EAI_NONAME = -2; EAI_OVERFLOW = -12
EAI_SERVICE = -8; EAI_SOCKTYPE = -7; EAI_SYSTEM = -11
INADDR_ALLHOSTS_GROUP = 3758096385; INADDR_ANY = 0; INADDR_BROADCAST = 4294967295
INADDR_LOOPBACK = 2130706433; INADDR_MAX_LOCAL_GROUP = 3758096639
INADDR_NONE = 4294967295; INADDR_UNSPEC_GROUP = 3758096384; IPPROTO_AH = 51
IPPROTO_DSTOPTS = 60; IPPROTO_EGP = 8; IPPROTO_ESP = 50; IPPROTO_FRAGMENT = 44
IPPROTO_GRE = 47; IPPROTO_HOPOPTS = 0; IPPROTO_ICMP = 1; IPPROTO_ICMPV6 = 58
IPPROTO_IDP = 22; IPPROTO_IGMP = 2; IPPROTO_IP = 0; IPPROTO_IPIP = 4; IPPROTO_IPV6 = 41
IPPROTO_MPTCP = 262; IPPROTO_NONE = 59; IPPROTO_PIM = 103; IPPROTO_PUP = 12
IPPROTO_RAW = 255; IPPROTO_ROUTING = 43; IPPROTO_RSVP = 46; IPPROTO_SCTP = 132
IPPROTO_TCP = 6; IPPROTO_TP = 29; IPPROTO_UDP = 17; IPPROTO_UDPLITE = 136
IPV6_CHECKSUM = 7; IPV6_DONTFRAG = 62; IPV6_DSTOPTS = 59; IPV6_HOPLIMIT = 52
IPV6_HOPOPTS = 54; IPV6_JOIN_GROUP = 20; IPV6_LEAVE_GROUP = 21; IPV6_MULTICAST_HOPS = 18
IPV6_MULTICAST_IF = 17; IPV6_MULTICAST_LOOP = 19; IPV6_NEXTHOP = 9; IPV6_PATHMTU = 61
IPV6_PKTINFO = 50; IPV6_RECVDSTOPTS = 58; IPV6_RECVHOPLIMIT = 51; IPV6_RECVHOPOPTS = 53
IPV6_RECVPATHMTU = 60; IPV6_RECVPKTINFO = 49; IPV6_RECVRTHDR = 56; IPV6_RECVTCLASS = 66
IPV6_RTHDR = 57; IPV6_RTHDRDSTOPTS = 55; IPV6_RTHDR_TYPE_0 = 0; IPV6_TCLASS = 67
IPV6_UNICAST_HOPS = 16; IPV6_V6ONLY = 26; IP_ADD_MEMBERSHIP = 35
IP_BIND_ADDRESS_NO_PORT = 24; IP_DEFAULT_MULTICAST_LOOP = 1
IP_DEFAULT_MULTICAST_TTL = 1; IP_DROP_MEMBERSHIP = 36; IP_HDRINCL = 3
IP_MAX_MEMBERSHIPS = 20; IP_MULTICAST_IF = 32; IP_MULTICAST_LOOP = 34
IP_MULTICAST_TTL = 33; IP_OPTIONS = 4; IP_RECVOPTS = 6; IP_RECVRETOPTS = 7
IP_RECVTOS = 13; IP_RETOPTS = 7; IP_TOS = 1; IP_TRANSPARENT = 19; IP_TTL = 2
MSG_CMSG_CLOEXEC = 1073741824; MSG_CONFIRM = 2048; MSG_CTRUNC = 8; MSG_DONTROUTE = 4
MSG_DONTWAIT = 64; MSG_EOR = 128; MSG_ERRQUEUE = 8192; MSG_FASTOPEN = 536870912
MSG_MORE = 32768; MSG_NOSIGNAL = 16384; MSG_OOB = 1; MSG_PEEK = 2; MSG_TRUNC = 32
MSG_WAITALL = 256; NI_DGRAM = 16; NI_MAXHOST = 1025; NI_MAXSERV = 32; NI_NAMEREQD = 8
NI_NOFQDN = 4; NI_NUMERICHOST = 1; NI_NUMERICSERV = 2; SCM_CREDENTIALS = 2
SCM_J1939_DEST_ADDR = 1; SCM_J1939_DEST_NAME = 2; SCM_J1939_ERRQUEUE = 4
SCM_J1939_PRIO = 3; SCM_RIGHTS = 1; SHUT_RD = 0; SHUT_RDWR = 2; SHUT_WR = 1
SOCK_CLOEXEC = 524288; SOCK_DGRAM = 2; SOCK_NONBLOCK = 2048; SOCK_RAW = 3; SOCK_RDM = 4
SOCK_SEQPACKET = 5; SOCK_STREAM = 1; SOL_ALG = 279; SOL_CAN_BASE = 100
SOL_CAN_RAW = 101; SOL_IP = 0; SOL_RDS = 276; SOL_SOCKET = 1; SOL_TCP = 6
SOL_TIPC = 271; SOL_UDP = 17; SOMAXCONN = 4096; SO_ACCEPTCONN = 30; SO_BINDTODEVICE = 25
SO_BROADCAST = 6; SO_DEBUG = 1; SO_DOMAIN = 39; SO_DONTROUTE = 5; SO_ERROR = 4
SO_INCOMING_CPU = 49; SO_J1939_ERRQUEUE = 4; SO_J1939_FILTER = 1; SO_J1939_PROMISC = 2
SO_J1939_SEND_PRIO = 3; SO_KEEPALIVE = 9; SO_LINGER = 13; SO_MARK = 36
SO_OOBINLINE = 10; SO_PASSCRED = 16; SO_PASSSEC = 34; SO_PEERCRED = 17; SO_PEERSEC = 31
SO_PRIORITY = 12; SO_PROTOCOL = 38; SO_RCVBUF = 8; SO_RCVLOWAT = 18; SO_RCVTIMEO = 20
SO_REUSEADDR = 2; SO_REUSEPORT = 15; SO_SNDBUF = 7; SO_SNDLOWAT = 19; SO_SNDTIMEO = 21
SO_TYPE = 3; SO_VM_SOCKETS_BUFFER_MAX_SIZE = 2; SO_VM_SOCKETS_BUFFER_MIN_SIZE = 1
SO_VM_SOCKETS_BUFFER_SIZE = 0; TCP_CONGESTION = 13; TCP_CORK = 3; TCP_DEFER_ACCEPT = 9
TCP_FASTOPEN = 23; TCP_INFO = 11; TCP_KEEPCNT = 6; TCP_KEEPIDLE = 4; TCP_KEEPINTVL = 5
TCP_LINGER2 = 8; TCP_MAXSEG = 2; TCP_NODELAY = 1; TCP_NOTSENT_LOWAT = 25
TCP_QUICKACK = 12; TCP_SYNCNT = 7; TCP_USER_TIMEOUT = 18; TCP_WINDOW_CLAMP = 10
has_ipv6 = True

error = OSError
timeout = TimeoutError

class herror(OSError):
    pass
herror.__module__ = "socket"

class gaierror(OSError):
    pass
gaierror.__module__ = "socket"

_ENOSYS = 38
_EBADF = 9
_defaulttimeout = None
_nonblocking = set()

def _unsupported(what):
    return OSError(_ENOSYS, "Function not implemented: " + what + " (Taipan's _socket only has socketpair)")

def _readable(fd):
    return _ready(fd, fd not in _nonblocking)

def getdefaulttimeout():
    return _defaulttimeout

def setdefaulttimeout(timeout, /):
    global _defaulttimeout
    if timeout is not None:
        timeout = float(timeout)
        if timeout < 0.0:
            raise ValueError("Timeout value out of range")
    _defaulttimeout = timeout

class socket:
    __slots__ = ("_fd", "_family", "_type", "_proto", "_timeout")

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            raise _unsupported("socket()")
        fd = fileno if isinstance(fileno, int) else fileno.__index__()
        if fd < 0:
            raise ValueError("negative file descriptor")
        self._fd = fd
        self._family = AF_UNIX if family == -1 else int(family)
        self._type = SOCK_STREAM if type == -1 else int(type)
        self._proto = 0 if proto == -1 else int(proto)
        self._timeout = None
        if _defaulttimeout is not None:
            self.settimeout(_defaulttimeout)

    @property
    def family(self):
        return self._family

    @property
    def type(self):
        return self._type

    @property
    def proto(self):
        return self._proto

    @property
    def timeout(self):
        return self._timeout

    def _check(self):
        if getattr(self, "_fd", -1) < 0:
            raise OSError(_EBADF, "Bad file descriptor")
        return self._fd

    def fileno(self):
        return getattr(self, "_fd", -1)

    def detach(self):
        fd = getattr(self, "_fd", -1)
        self._fd = -1
        return fd

    def close(self):
        fd = getattr(self, "_fd", -1)
        if fd >= 0:
            self._fd = -1
            _nonblocking.discard(fd)
            _close(fd)

    def setblocking(self, flag, /):
        fd = self._check()
        _setblocking(fd, flag)
        if flag:
            _nonblocking.discard(fd)
            self._timeout = None
        else:
            _nonblocking.add(fd)
            self._timeout = 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def settimeout(self, value, /):
        if value is None:
            self.setblocking(True)
            return
        value = float(value)
        if value < 0.0:
            raise ValueError("Timeout value out of range")
        # A positive timeout is recorded but blocking calls do not time out.
        self.setblocking(value != 0.0)
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def recv(self, bufsize, flags=0, /):
        if flags:
            raise _unsupported("recv flags")
        return _recv(self._check(), bufsize)

    def recv_into(self, buffer, nbytes=0, flags=0, /):
        n = nbytes or len(buffer)
        data = self.recv(n, flags)
        buffer[:len(data)] = data
        return len(data)

    def send(self, data, flags=0, /):
        if flags:
            raise _unsupported("send flags")
        return _send(self._check(), bytes(data))

    def sendall(self, data, flags=0, /):
        data = bytes(data)
        while data:
            n = self.send(data, flags)
            data = data[n:]

    def getsockname(self):
        self._check()
        return ""

    def getpeername(self):
        self._check()
        return ""

    def __repr__(self):
        return "<socket object, fd=%d, family=%d, type=%d, proto=%d>" % (
            self.fileno(), self._family, self._type, self._proto)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def bind(self, address, /):
        raise _unsupported("bind")

    def connect(self, address, /):
        raise _unsupported("connect")

    def connect_ex(self, address, /):
        raise _unsupported("connect")

    def listen(self, backlog=0, /):
        raise _unsupported("listen")

    def _accept(self):
        raise _unsupported("accept")

    def shutdown(self, how, /):
        raise _unsupported("shutdown")

    def setsockopt(self, *args):
        raise _unsupported("setsockopt")

    def getsockopt(self, *args):
        raise _unsupported("getsockopt")

socket.__module__ = "_socket"
SocketType = socket

def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0, /):
    if family != AF_UNIX or type != SOCK_STREAM:
        raise _unsupported("socketpair other than AF_UNIX/SOCK_STREAM")
    a, b = _pair()
    return socket(family, type, proto, a), socket(family, type, proto, b)

def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    raise gaierror(EAI_FAIL, "Non-recoverable failure in name resolution (not supported by Taipan)")

def gethostname():
    with open("/proc/sys/kernel/hostname") as f:
        return f.read().strip()

def _unsupported_fn(name):
    def f(*args, **kwargs):
        raise _unsupported(name)
    f.__name__ = f.__qualname__ = name
    return f

for _n in ("getnameinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
           "getservbyname", "getservbyport", "getprotobyname", "inet_aton",
           "inet_ntoa", "inet_pton", "inet_ntop", "dup", "sethostname", "if_nameindex",
           "if_nametoindex", "if_indextoname"):
    globals()[_n] = _unsupported_fn(_n)
del _n

def ntohs(x, /): return ((x & 0xff) << 8) | ((x >> 8) & 0xff)
def htons(x, /): return ntohs(x)
def ntohl(x, /): return int.from_bytes((x & 0xffffffff).to_bytes(4, "big"), "little")
def htonl(x, /): return ntohl(x)
close = _close
