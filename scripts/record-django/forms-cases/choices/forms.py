from django import forms


class PollForm(forms.Form):
    choice = forms.ChoiceField(choices=[('a', 'Apples'), ('b', 'Bananas <ripe>')], widget=forms.RadioSelect, help_text='Pick one.')
    toppings = forms.MultipleChoiceField(
        choices=[('cheese', 'Cheese'), ('Veg', [('olive', 'Olives'), ('onion', 'Onions')])],
        widget=forms.CheckboxSelectMultiple(attrs={'class': 'boxes'}),
        required=False,
    )
    size = forms.ChoiceField(choices=[('', '---'), ('s', 'Small'), ('l', 'Large')], widget=forms.RadioSelect, required=False)
