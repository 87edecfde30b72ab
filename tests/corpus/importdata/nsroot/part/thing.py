Z = 'ns thing'
