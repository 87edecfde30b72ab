# datetime: date/time/datetime/timedelta arithmetic, isoformat, strftime
# with fixed values, fixed-offset timezones.
from datetime import date, time, datetime, timedelta, timezone
import datetime as dt

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday())
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25))
print(d.replace(day=1), d.isoformat(), d.toordinal(), date.fromordinal(738944))
# The IsoCalendarDate repr and the ValueError/TypeError messages below come
# from C _datetime in CPython (docs/compat.md): only types are printed.
iso = d.isocalendar()
print(date.fromisoformat("2021-07-04"), tuple(iso), iso.week, iso.weekday, iso[0])
print(d.strftime("%Y/%m/%d %A %B %j %a %b"), d.ctime())
print(date(2024, 1, 1) < d, max(date(2020, 5, 5), d), date.min, date.max)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError")

t = time(13, 5, 9, 250)
print(t, repr(t), t.isoformat(), t.isoformat(timespec="seconds"), t.hour, t.microsecond)
print(t.strftime("%H:%M:%S %I %p"), time(), time.fromisoformat("08:30"))
print(t.replace(minute=0), time(1, 2) < time(1, 3))

td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(hours=-1), repr(timedelta(hours=-1)), -td, abs(-td))
print(td * 2, td / 2, td // 3, td % timedelta(hours=1), timedelta(weeks=1) / timedelta(days=1))
print(timedelta(seconds=90) == timedelta(minutes=1.5), timedelta(0) == timedelta(), bool(timedelta()))
print(timedelta(milliseconds=1500), timedelta(days=400), timedelta.max, timedelta.resolution)

x = datetime(2023, 12, 31, 23, 59, 30, 123456)
print(x, repr(x), x.isoformat(), x.isoformat(sep=" ", timespec="milliseconds"))
print(x + timedelta(seconds=45), x - timedelta(days=365), x.date(), x.time())
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f %y %%"), x.timetuple()[:6], x.weekday())
print(datetime.combine(d, t), datetime.fromisoformat("2020-01-02T03:04:05"))
print(datetime.strptime("2022-03-04 05:06", "%Y-%m-%d %H:%M"))
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), x.replace(year=2000, microsecond=0))
print(x > datetime(2023, 1, 1), x == datetime(2023, 12, 31, 23, 59, 30, 123456))

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
print(utc, est, ist, repr(utc), repr(est), repr(ist))
a = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(a, a.isoformat(), a.tzname(), a.utcoffset(), a.dst())
print(a.astimezone(est), a.astimezone(ist), a.astimezone(ist).tzname())
print(a == a.astimezone(est), a - datetime(2024, 6, 1, 6, 0, tzinfo=est))
print(a.strftime("%Y %z %Z"), datetime(2024, 6, 1, tzinfo=ist).strftime("%z"))
print(a.timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(86400.5, tz=utc))
print(datetime.fromisoformat("2024-01-01T10:00:00+02:00"), a.replace(tzinfo=None))
print(a.timetz(), time(9, 0, tzinfo=est).utcoffset())
try:
    a - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError")
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError")
print(hash(a) == hash(a.astimezone(est)), dt.MINYEAR, dt.MAXYEAR)
print(sorted([date(2020, 1, 2), date(2019, 5, 5), date(2020, 1, 1)]))
print({timedelta(days=1): "a"}[timedelta(hours=24)])
print(isinstance(x, date), issubclass(datetime, date), type(x - x).__name__)
