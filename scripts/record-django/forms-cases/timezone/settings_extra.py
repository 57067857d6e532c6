TIME_ZONE = 'Asia/Kolkata'
