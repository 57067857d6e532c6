from zoneinfo import ZoneInfo
from datetime import datetime
zones = ["Asia/Tokyo","Asia/Seoul","Asia/Shanghai","Asia/Hong_Kong","Asia/Singapore","Asia/Dubai","Asia/Karachi","Asia/Jerusalem","Asia/Manila","Asia/Jakarta","Asia/Bangkok","Asia/Tehran","Africa/Johannesburg","Africa/Lagos","Africa/Nairobi","Africa/Cairo","Africa/Casablanca","Europe/London","Europe/Dublin","Europe/Moscow","Europe/Istanbul","Europe/Lisbon","Europe/Kiev","Europe/Athens","America/Sao_Paulo","America/Mexico_City","America/Toronto","America/Halifax","America/St_Johns","America/Argentina/Buenos_Aires","America/Bogota","America/Lima","America/Santiago","America/Anchorage","Pacific/Honolulu","Australia/Sydney","Australia/Perth","Australia/Adelaide","Pacific/Auckland","Asia/Kathmandu","Etc/GMT+5","GMT","Etc/UTC","America/Phoenix","America/Denver","Asia/Kolkata"]
for z in zones:
    print(z, datetime(2024,1,15,tzinfo=ZoneInfo(z)).tzname(), datetime(2024,7,15,tzinfo=ZoneInfo(z)).tzname())
