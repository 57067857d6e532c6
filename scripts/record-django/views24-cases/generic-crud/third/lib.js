console.log('vendor');
