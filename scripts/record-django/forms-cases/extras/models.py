from django.core.exceptions import ValidationError
from django.core.validators import MinLengthValidator
from django.db import models


def even(value):
    if value % 2:
        raise ValidationError('%(value)s is not even', params={'value': value}, code='odd')


class Task(models.Model):
    name = models.CharField(max_length=40, validators=[MinLengthValidator(3)])
    count = models.IntegerField(validators=[even], default=0)
    done = models.BooleanField(null=True)

    def clean(self):
        if self.name == 'xyz' and self.count == 4:
            raise ValidationError('Not this combination.')
