import torch

torch.manual_seed(0)

num_classes = 5
class_counts = torch.zeros(num_classes, dtype=torch.long, requires_grad=True)  # expect: AGL005
targets = torch.randint(0, num_classes, (32,))
class_counts.scatter_add_(0, targets, torch.ones_like(targets))
print(class_counts)
