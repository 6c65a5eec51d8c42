import torch
import torch.nn as nn

torch.manual_seed(73)
classifier = nn.Linear(4, 3)
pred = classifier(torch.randn(5, 4)).argmax(dim=1)
pred.requires_grad_()  # expect: AGL005
