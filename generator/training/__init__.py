"""Training of the models the project ships (today: the check-worthiness scorer).

- ``data``           labelled sentences, loading and the fixed train / held-out split by id hash
- ``architectures``  spaCy ``textcat`` configurations, and what was tried
- ``features``       the shipped architecture ``factcheck.CharNgramBOW.v1`` (word + character
                     n-grams); the scorer imports it at run time to load the model
- ``checkworthy``    ``train()`` and ``python -m generator.training.checkworthy``
- ``metrics``        precision / recall / F1 of the check-worthy class
- ``thresholds``     decision-threshold policies (the shipped ``careful`` one) and cuts chosen on
                     one annotation half to score the other
- ``noise``          confident learning: training labels an out-of-fold model disputes
"""
